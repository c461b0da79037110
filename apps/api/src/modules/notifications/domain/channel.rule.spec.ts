import { NOTIFICATION_KINDS } from './notification-kind.js';
import { channelProblems, channelTakes, type ChannelDefinition } from './channel.rule.js';

const base: ChannelDefinition = { name: 'Ops', kind: 'webhook', target: 'https://hooks.example.com/ccm', enabled: true, kinds: [...NOTIFICATION_KINDS], tagSelector: {} };

describe('channelProblems', () => {
  it.each<[string, Partial<ChannelDefinition>, { given: boolean; kept: boolean }, RegExp | undefined]>([
    ['a signed https webhook is fine', {}, { given: true, kept: false }, undefined],
    ['an updated webhook may keep its secret', {}, { given: false, kept: true }, undefined],
    ['a new webhook needs a secret', {}, { given: false, kept: false }, /secret: a webhook channel needs a secret/],
    ['a webhook URL must be http(s)', { target: 'ftp://hooks.example.com/x' }, { given: true, kept: false }, /url: the webhook URL must be an http:\/\/ or https:\/\/ URL/],
    ['a webhook URL must be a URL', { target: 'hooks.example.com' }, { given: true, kept: false }, /must be an http:\/\/ or https:\/\/ URL, not "hooks.example.com"/],
    ['a Slack URL too', { kind: 'slack', target: 'javascript:alert(1)' }, { given: false, kept: false }, /url: the slack URL must be/],
    ['no credentials in the URL', { target: 'https://u:p@hooks.example.com/' }, { given: true, kept: false }, /no user name or password/],
    ['Teams needs no secret', { kind: 'teams', target: 'https://example.webhook.office.com/x' }, { given: false, kept: false }, undefined],
    ['an e-mail channel takes an address', { kind: 'email', target: 'ops@example.com' }, { given: false, kept: false }, undefined],
    ['and refuses what is not one', { kind: 'email', target: 'ops' }, { given: false, kept: false }, /address: "ops" is not an e-mail address/],
    ['unknown kinds are named', { kinds: ['stop-warning', 'nope' as never] }, { given: true, kept: false }, /kinds: unknown nope/],
    ['an unknown channel kind', { kind: 'pager' as never }, { given: true, kept: false }, /kind: one of webhook, slack, teams, email/],
    ['a name', { name: ' ' }, { given: true, kept: false }, /name: give the channel a name/],
  ])('%s', (_, over, secret, expected) => {
    const problems = channelProblems({ ...base, ...over }, secret).join('; ');
    if (expected) expect(problems).toMatch(expected);
    else expect(problems).toBe('');
  });
});

describe('channelTakes', () => {
  it.each<[string, Partial<ChannelDefinition>, Record<string, string>, boolean]>([
    ['every kind and worker by default', {}, {}, true],
    ['not when disabled', { enabled: false }, {}, false],
    ['not a kind it does not take', { kinds: ['start-failed'] }, {}, false],
    ['a worker whose tags match the selector', { tagSelector: { team: 'ccna' } }, { team: 'ccna', Name: 'x' }, true],
    ['not a worker whose tags do not', { tagSelector: { team: 'ccna' } }, { team: 'ops' }, false],
  ])('%s', (_, over, tags, expected) => {
    expect(channelTakes({ ...base, ...over }, 'stop-warning', tags)).toBe(expected);
  });
});
