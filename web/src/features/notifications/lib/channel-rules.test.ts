import { describe, expect, it } from 'vitest';
import type { NotificationChannel } from '../api/channel-types';
import { type ChannelFields, channelBody, channelFields, channelProblems, enabledBody } from './channel-rules';

const valid: ChannelFields = { ...channelFields(), name: 'Ops webhook', target: 'https://hooks.example.com/ccm', secret: 'sixteen-chars-ok' };

describe('the notification channel form rules', () => {
  it.each<[string, Partial<ChannelFields>, boolean, Record<string, string>]>([
    ['a valid new webhook', {}, false, {}],
    ['no name', { name: '  ' }, false, { name: 'Give the channel a name of 1 to 100 characters.' }],
    ['a name of 101 characters', { name: 'x'.repeat(101) }, false, { name: 'Give the channel a name of 1 to 100 characters.' }],
    ['a webhook URL that is not http(s)', { target: 'file:///etc/passwd' }, false, { target: 'Give the webhook URL, starting with https:// or http://.' }],
    ['a webhook URL that is no URL', { target: 'hooks.example.com' }, false, { target: 'Give the webhook URL, starting with https:// or http://.' }],
    ['a URL with a password', { target: 'https://me:pw@hooks.example.com/' }, false, { target: 'Put no user name or password in the URL: a webhook is authenticated by its signature.' }],
    ['a Slack channel with an ftp URL', { kind: 'slack', target: 'ftp://hooks.slack.com/x', secret: '' }, false, { target: 'Give the Slack webhook URL, starting with https:// or http://.' }],
    ['a Teams channel with an http URL', { kind: 'teams', target: 'http://127.0.0.1:9000/teams', secret: '' }, false, {}],
    ['an e-mail channel with an address', { kind: 'email', target: 'ops@example.com', secret: '' }, false, {}],
    ['an e-mail channel with a URL', { kind: 'email', target: 'https://example.com', secret: '' }, false, { target: 'Give an e-mail address, such as ops@example.com.' }],
    ['a new webhook without a secret', { secret: '' }, false, { secret: 'Give a secret of at least 16 characters: the webhook signs its requests with it.' }],
    ['a webhook with a secret of 15 characters', { secret: 'x'.repeat(15) }, false, { secret: 'Use a secret of at least 16 characters.' }],
    ['a changed webhook keeping its secret', { secret: '' }, true, {}],
    ['a changed webhook with a short new secret', { secret: 'short' }, true, { secret: 'Use a secret of at least 16 characters.' }],
    ['a Slack channel needs no secret', { kind: 'slack', secret: '' }, false, {}],
    ['no kinds (the channel takes nothing, as the server allows)', { kinds: [] }, false, {}],
    ['a tag row without a key', { tags: [{ key: '', value: 'ccna' }] }, false, { tagSelector: 'Give each tag its key, or remove the row.' }],
    ['an empty tag row (ignored)', { tags: [{ key: '', value: '' }] }, false, {}],
    ['a tag key twice', { tags: [{ key: 'team', value: 'a' }, { key: ' team', value: 'b' }] }, false, { tagSelector: 'Give each tag key once: a worker has one value per key.' }],
  ])('%s', (_, change, secretKept, problems) => {
    expect(channelProblems({ ...valid, ...change }, secretKept)).toEqual(problems);
  });

  it('sends trimmed fields, the kinds in catalogue order, the tags as a map and the secret only for a webhook that was given one', () => {
    expect(channelBody({ ...valid, name: ' Ops ', kinds: ['license-problem', 'stop-warning'], tags: [{ key: ' team ', value: ' ccna ' }, { key: '', value: '' }] })).toEqual({
      name: 'Ops',
      kind: 'webhook',
      target: 'https://hooks.example.com/ccm',
      enabled: true,
      kinds: ['stop-warning', 'license-problem'],
      tagSelector: { team: 'ccna' },
      secret: 'sixteen-chars-ok',
    });
    expect(channelBody({ ...valid, secret: '' })).not.toHaveProperty('secret');
    expect(channelBody({ ...valid, kind: 'slack' })).not.toHaveProperty('secret');
  });

  it('turns a channel on or off with everything else kept, its secret by leaving it out', () => {
    const channel = { id: 'c1', name: 'Ops', kind: 'webhook', target: 'https://h.example.com', enabled: true, kinds: ['stop-warning'], tagSelector: { team: 'a' }, secretSet: true, createdAt: '', updatedAt: '' } satisfies NotificationChannel;
    expect(enabledBody(channel, false)).toEqual({ name: 'Ops', kind: 'webhook', target: 'https://h.example.com', enabled: false, kinds: ['stop-warning'], tagSelector: { team: 'a' } });
  });
});
