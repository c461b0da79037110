import { normalOwner, ownedBy, ownerFromTags, ownerProblem } from './worker-owner.rule.js';

describe('who owns a worker', () => {
  // [owner, caller, owns it]
  it.each<[string | undefined, { username: string; groups?: string[] }, boolean]>([
    ['alice', { username: 'alice' }, true],
    ['alice', { username: 'bob' }, false],
    // Usernames are compared as the identity provider spells them.
    ['alice', { username: 'Alice' }, false],
    ['group:ccna-teachers', { username: 'bob', groups: ['ccna-teachers'] }, true],
    // Keycloak's group mapper sends full paths.
    ['group:ccna-teachers', { username: 'bob', groups: ['/ccna-teachers'] }, true],
    ['group:ccna-teachers', { username: 'bob', groups: ['lab-admins'] }, false],
    // Without a groups claim only the username counts, and a group is nobody's username.
    ['group:ccna-teachers', { username: 'group:ccna-teachers' }, false],
    [undefined, { username: 'alice' }, false],
  ])('owner %j, caller %j: %s', (owner, caller, owns) => {
    expect(ownedBy(owner, caller)).toBe(owns);
  });

  // [value, the problem (part of it), or undefined when valid]
  it.each<[string, string | undefined]>([
    ['alice', undefined],
    ['alice.smith@example.test', undefined],
    ['group:ccna-teachers', undefined],
    // Empty clears the owner.
    ['', undefined],
    ['  ', undefined],
    ['group:', 'name the group after "group:"'],
    ['alice smith', 'use letters, digits and . _ @ + - only'],
    ['a'.repeat(129), 'use at most 128'],
  ])('%j as an owner: %s', (value, problem) => {
    if (problem === undefined) expect(ownerProblem(value)).toBeUndefined();
    else expect(ownerProblem(value)).toContain(problem);
  });

  it('stores a trimmed owner, and none for an empty one', () => {
    expect(normalOwner(' alice ')).toBe('alice');
    expect(normalOwner('')).toBeUndefined();
  });

  it('takes the owner of an imported instance from its tag, when the tag names a valid owner', () => {
    expect(ownerFromTags({ Owner: 'alice', Name: 'x' }, 'Owner')).toBe('alice');
    expect(ownerFromTags({ owner: 'alice' }, 'Owner')).toBeUndefined();
    expect(ownerFromTags({ Owner: 'not an owner!' }, 'Owner')).toBeUndefined();
    expect(ownerFromTags({ team: 'group:net' }, 'team')).toBe('group:net');
  });
});
