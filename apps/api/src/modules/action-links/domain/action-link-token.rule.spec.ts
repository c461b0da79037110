import { type LinkClaims, readActionLink, signActionLink, stateMovedOn, type WorkerPowerFacts, workerStateStamp } from './action-link-token.rule.js';

const SECRET = 'a-test-secret-of-at-least-32-chars!!';
const NOW = new Date('2026-12-03T10:00:00Z');
const running: WorkerPowerFacts = { status: 'running', managed: true, statusChangedAt: '2026-12-03T08:00:00.000Z' };
const claims: LinkClaims = {
  kind: 'stop-warning',
  action: 'keep-1h',
  workerId: '0193a000-0000-7000-8000-000000000001',
  recipient: 'alice@example.com',
  validUntil: new Date('2026-12-03T11:00:00Z'),
  nonce: 'n0nce-1',
  stateStamp: workerStateStamp(running),
};
const token = signActionLink(claims, SECRET);

/** The token with its payload re-encoded after `change`, its signature kept. */
function edited(change: (wire: Record<string, unknown>) => void): string {
  const [payload, signature] = token.split('.');
  const wire = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
  change(wire);
  return `${Buffer.from(JSON.stringify(wire)).toString('base64url')}.${signature}`;
}

describe('action link tokens', () => {
  it.each<[string, 'ok' | 'malformed' | 'tampered' | 'expired', () => string, Date, string]>([
    ['a token as signed, before it expires', 'ok', () => token, NOW, SECRET],
    ['one second before validUntil', 'ok', () => token, new Date('2026-12-03T10:59:59Z'), SECRET],
    ['at validUntil', 'expired', () => token, new Date('2026-12-03T11:00:00Z'), SECRET],
    ['after validUntil', 'expired', () => token, new Date('2026-12-04T00:00:00Z'), SECRET],
    ['signed with another secret', 'tampered', () => signActionLink(claims, 'another-secret-of-at-least-32-chars'), NOW, SECRET],
    ['for another worker (the worker id edited)', 'tampered', () => edited((w) => (w.w = '0193a000-0000-7000-8000-000000000002')), NOW, SECRET],
    ['for another action (keep-1h edited to stop)', 'tampered', () => edited((w) => (w.a = 'stop')), NOW, SECRET],
    ['with a later expiry (edited)', 'tampered', () => edited((w) => (w.x = (w.x as number) + 86_400)), NOW, SECRET],
    ['for another recipient (edited)', 'tampered', () => edited((w) => (w.r = 'mallory@example.com')), NOW, SECRET],
    ['with the signature of another link', 'tampered', () => `${token.split('.')[0]}.${signActionLink({ ...claims, action: 'stop' }, SECRET).split('.')[1]}`, NOW, SECRET],
    ['with one signature character changed', 'tampered', () => token.slice(0, -2) + (token.at(-2) === 'A' ? 'B' : 'A') + token.at(-1), NOW, SECRET],
    ['with the signature cut short', 'tampered', () => token.slice(0, -4), NOW, SECRET],
    ['without a signature', 'malformed', () => token.split('.')[0]!, NOW, SECRET],
    ['with a third part', 'malformed', () => `${token}.x`, NOW, SECRET],
    ['with characters outside base64url', 'malformed', () => token.replace('.', '.+/'), NOW, SECRET],
    ['empty', 'malformed', () => '', NOW, SECRET],
    ['far too long', 'malformed', () => `${'a'.repeat(2000)}.b`, NOW, SECRET],
  ])('reads a token %s as %s', (_name, expected, make, now, secret) => {
    const reading = readActionLink(make(), secret, now);
    expect(reading.ok ? 'ok' : reading.refusal).toBe(expected);
    if (reading.ok) expect(reading.claims).toEqual(claims);
  });

  it('refuses a signed token it does not understand as malformed (an unknown action or version)', () => {
    const unknownAction = signActionLink({ ...claims, action: 'terminate' as never }, SECRET);
    expect(readActionLink(unknownAction, SECRET, NOW)).toEqual({ ok: false, refusal: 'malformed' });
  });

  it('gives a new signature for each action, worker and nonce', () => {
    const variants = [token, signActionLink({ ...claims, action: 'keep-4h' }, SECRET), signActionLink({ ...claims, workerId: 'other' }, SECRET), signActionLink({ ...claims, nonce: 'n0nce-2' }, SECRET)];
    expect(new Set(variants.map((t) => t.split('.')[1])).size).toBe(variants.length);
  });
});

describe('whether the state moved on', () => {
  const stamp = workerStateStamp(running);
  it.each<[string, WorkerPowerFacts | undefined, string | undefined]>([
    ['the same run, no override', running, undefined],
    ['no worker any more', undefined, 'the worker no longer exists'],
    ['unregistered', { ...running, managed: false }, 'the worker is no longer managed'],
    ['stopped', { ...running, status: 'stopped', statusChangedAt: '2026-12-03T09:30:00.000Z' }, 'the worker is stopped now'],
    ['stopping', { ...running, status: 'stopping', statusChangedAt: '2026-12-03T09:30:00.000Z' }, 'the worker is stopping now'],
    ['stopped and started again', { ...running, statusChangedAt: '2026-12-03T09:40:00.000Z' }, 'its power plan changed since the warning was sent'],
    ['kept running by someone', { ...running, override: { kind: 'keep-running', until: '2026-12-03T11:00:00.000Z', setAt: '2026-12-03T09:50:00.000Z' } }, 'someone already kept it running'],
  ])('%s', (_name, facts, why) => {
    expect(stateMovedOn(facts, stamp)).toBe(why);
  });

  it('tells a link issued while an override ran from the same worker after the override changed', () => {
    const withOverride = { ...running, override: { kind: 'keep-running', until: '2026-12-03T10:15:00.000Z', setAt: '2026-12-03T09:15:00.000Z' } };
    expect(stateMovedOn(withOverride, workerStateStamp(withOverride))).toBeUndefined();
    expect(stateMovedOn(running, workerStateStamp(withOverride))).toBe('its power plan changed since the warning was sent');
  });
});
