import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Access, Role } from '../../domain/role.js';

export const ACCESS_KEY = 'ccm:access';
export const NO_TOUCH_KEY = 'ccm:no-touch';

function access(level: Access) {
  const docs =
    level === 'public'
      ? []
      : [
          ApiBearerAuth('bearer'),
          ApiCookieAuth('session'),
          ApiUnauthorizedResponse({ type: ProblemDetails, description: 'No valid session or bearer token' }),
          ...(level === 'authenticated' ? [] : [ApiForbiddenResponse({ type: ProblemDetails, description: `Requires the ${level} role or a stronger one` })]),
        ];
  return applyDecorators(SetMetadata(ACCESS_KEY, level), ...docs);
}

/** Anyone, signed in or not. */
export const Public = () => access('public');
/** Any signed-in caller, even one without a product role (sign-out, "who am I"). */
export const SignedIn = () => access('authenticated');
/** Callers holding `role` or a stronger one (user < manager < admin). */
export const RequireRole = (role: Role) => access(role);
/** Reading this route does not count as activity (session status polling). */
export const DoesNotExtendSession = () => SetMetadata(NO_TOUCH_KEY, true);
