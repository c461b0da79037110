import { malform } from './fault-injector.js';

describe('malform', () => {
  it('turns every JSON type into another one for wrong-shape', () => {
    expect(malform({ status: 200, json: ['a'] }, 'wrong-shape').json).toEqual({ items: ['a'] });
    expect(malform({ status: 200, json: 'token' }, 'wrong-shape').json).toEqual({ value: 'token' });
    expect(malform({ status: 200, json: { ready: true, version: '2.9', n: 1, o: {} } }, 'wrong-shape').json).toEqual({ ready: 'yes', version: 42, n: '1', o: 42 });
  });

  it('answers a 204 with a body the client cannot use', () => {
    expect(malform({ status: 204 }, 'wrong-shape')).toEqual({ status: 200, json: { unexpected: true } });
  });

  it('truncates JSON for invalid-json', () => {
    expect(malform({ status: 200, json: {} }, 'invalid-json')).toMatchObject({ status: 200, text: '{"truncated": [1, 2' });
  });
});
