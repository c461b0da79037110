// A spec helper (".test.ts": left out of the build, not run as a suite).
import type { Full, ResponseSample } from '../../../../platform/http/schema-conformance.test.js';
import type { Identity } from '../../domain/identity.js';
import { toLogoutResponse, toMeResponse, toSessionStatusResponse } from './auth.presenter.js';

const identity: Full<Identity> = {
  kind: 'user',
  id: 'u-1',
  username: 'ada',
  name: 'Ada Admin',
  email: 'ada@example.test',
  roles: ['admin'],
  groups: ['ccna-teachers'],
  via: 'session',
  expiresAt: '2026-11-25T12:00:00.000Z',
};

/** The auth module's presenters, each given a sample with every field set. */
export const AUTH_RESPONSE_SAMPLES: ResponseSample[] = [
  { schema: 'MeResponse', body: toMeResponse(identity) },
  { schema: 'SessionStatusResponse', body: toSessionStatusResponse(identity, 30, new Date('2026-11-25T11:00:00.000Z')) },
  { schema: 'LogoutResponse', body: toLogoutResponse('http://127.0.0.1:8231/realms/x/protocol/openid-connect/logout') },
];
