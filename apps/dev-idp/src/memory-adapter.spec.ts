import { createMemoryAdapterFactory } from './memory-adapter.js';

describe('createMemoryAdapterFactory', () => {
  it('stores, finds, consumes and destroys per model', async () => {
    const factory = createMemoryAdapterFactory();
    const codes = factory('AuthorizationCode');
    const tokens = factory('AccessToken');
    await codes.upsert('x', { jti: 'x', grantId: 'g' }, 60);
    expect(await codes.find('x')).toMatchObject({ jti: 'x' });
    expect(await tokens.find('x')).toBeUndefined();
    await codes.consume('x');
    expect((await codes.find('x'))?.consumed).toEqual(expect.any(Number));
    await codes.destroy('x');
    expect(await codes.find('x')).toBeUndefined();
  });

  it('forgets entries once they expire', async () => {
    const sessions = createMemoryAdapterFactory()('Session');
    await sessions.upsert('s', { uid: 'u' }, 0);
    expect(await sessions.find('s')).toBeUndefined();
    expect(await sessions.findByUid('u')).toBeUndefined();
  });

  it('finds sessions by uid', async () => {
    const sessions = createMemoryAdapterFactory()('Session');
    await sessions.upsert('s', { uid: 'u' }, 60);
    expect(await sessions.findByUid('u')).toMatchObject({ uid: 'u' });
    await sessions.destroy('s');
    expect(await sessions.findByUid('u')).toBeUndefined();
  });

  it('revokes every token of a grant across models, and nothing else', async () => {
    const factory = createMemoryAdapterFactory();
    const refresh = factory('RefreshToken');
    const codes = factory('AuthorizationCode');
    await refresh.upsert('r1', { grantId: 'g1' }, 60);
    await codes.upsert('c1', { grantId: 'g1' }, 60);
    await refresh.upsert('r2', { grantId: 'g2' }, 60);
    await refresh.revokeByGrantId('g1');
    expect(await refresh.find('r1')).toBeUndefined();
    expect(await codes.find('c1')).toBeUndefined();
    expect(await refresh.find('r2')).toBeDefined();
  });

  it('keeps two providers apart', async () => {
    await createMemoryAdapterFactory()('Grant').upsert('g', {}, 60);
    expect(await createMemoryAdapterFactory()('Grant').find('g')).toBeUndefined();
  });
});
