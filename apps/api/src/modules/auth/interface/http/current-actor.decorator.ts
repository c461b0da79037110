import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '#kernel';
import { actorOf, type Identity } from '../../domain/identity.js';
import type { AuthenticatedRequest } from './authenticated-request.js';

/** The caller as the actor to record on the events their request causes. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const identity = ctx.switchToHttp().getRequest<AuthenticatedRequest>().identity;
  if (!identity) throw new Error('CurrentActor used on a route without authentication');
  return actorOf(identity);
});

/** The authenticated caller. */
export const CurrentIdentity = createParamDecorator((_: unknown, ctx: ExecutionContext): Identity => {
  const identity = ctx.switchToHttp().getRequest<AuthenticatedRequest>().identity;
  if (!identity) throw new Error('CurrentIdentity used on a route without authentication');
  return identity;
});
