import { NOTIFICATION_KINDS } from './notification-kind.js';
import { type NotificationPreferences, type Person, recipientsFor } from './recipients.rule.js';

const people: Person[] = [
  { username: 'alice', email: 'alice@example.com', groups: ['/ccna-teachers'] },
  { username: 'bob', email: 'bob@example.com', groups: ['ccna-teachers', 'ops'] },
  { username: 'carol', groups: [] },
  { username: 'dave', email: 'dave@example.com', groups: ['ops'] },
];
const prefs = (over: Partial<NotificationPreferences> & { username: string }): NotificationPreferences => ({ kinds: [...NOTIFICATION_KINDS], scope: 'owned', ...over });

describe('recipientsFor', () => {
  it.each<[string, string | undefined, NotificationPreferences[], string[]]>([
    ['the owner by default', 'alice', [], ['alice <alice@example.com>']],
    ['an owner nobody has seen yet, in-app only', 'erin', [], ['erin']],
    ['an owner without an address, in-app only', 'carol', [], ['carol']],
    ['every known member of an owner group', 'group:ccna-teachers', [], ['alice <alice@example.com>', 'bob <bob@example.com>']],
    ['nobody for a worker without an owner', undefined, [], []],
    ['not an owner who turned the kind off', 'alice', [prefs({ username: 'alice', kinds: ['start-failed'] })], []],
    ['the address of the preferences before the token\'s', 'alice', [prefs({ username: 'alice', email: 'a@lab.example.org' })], ['alice <a@lab.example.org>']],
    ['also whoever asks for every worker', 'alice', [prefs({ username: 'dave', scope: 'all' })], ['alice <alice@example.com>', 'dave <dave@example.com>']],
    ['not whoever asks for every worker but another kind', 'alice', [prefs({ username: 'dave', scope: 'all', kinds: ['start-failed'] })], ['alice <alice@example.com>']],
    ['each person once', 'group:ops', [prefs({ username: 'dave', scope: 'all' })], ['bob <bob@example.com>', 'dave <dave@example.com>']],
  ])('%s', (_, owner, preferences, expected) => {
    const got = recipientsFor('stop-warning', owner, people, preferences).map((r) => (r.email ? `${r.username} <${r.email}>` : r.username));
    expect(got).toEqual(expected);
  });
});
