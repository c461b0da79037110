import { describe, expect, it } from 'vitest';
import { endpointProblem, tagKeyProblem, tagValueProblem } from './tag-rules';

// Resolved at run time so the console's compiler never follows them into the API's sources.
const SERVER_TAG_RULES = new URL('../../../../../apps/api/src/modules/workers/domain/worker-tags.rule.ts', import.meta.url).pathname;
const SERVER_ENDPOINT_RULES = new URL('../../../../../apps/api/src/modules/workers/domain/worker-endpoint.rule.ts', import.meta.url).pathname;

const KEYS = ['owner', 'a'.repeat(128), 'a'.repeat(129), 'aws:createdBy', 'AWS:x', 'ManagedBy', 'cml-worker-id', 'cml-endpoint', 'Name'];
const VALUES = ['', 'x', 'v'.repeat(256), 'v'.repeat(257), 'v'.repeat(300)];
const ENDPOINTS = ['https://cml-7.example.com', 'http://127.0.0.1:8443', 'https://cml/', 'ftp://cml', 'javascript:alert(1)', 'https://user:pw@cml', 'https://cml?x=1', 'https://cml#a', 'cml-7.example.com', ''];

describe('the tag editor’s copy of the server’s tag rules', () => {
  it('refuses exactly the keys and values the server refuses', async () => {
    const { tagProblems } = (await import(/* @vite-ignore */ SERVER_TAG_RULES)) as { tagProblems: (set: Record<string, string>, remove: string[]) => string[] };
    for (const key of KEYS) expect([key, tagKeyProblem(key) !== undefined]).toEqual([key, tagProblems({ [key]: 'x' }, []).length > 0]);
    for (const value of VALUES) expect([value.length, tagValueProblem(value) !== undefined]).toEqual([value.length, tagProblems({ owner: value }, []).length > 0]);
  });

  it('judges a cml-endpoint value as the server does', async () => {
    const server = (await import(/* @vite-ignore */ SERVER_ENDPOINT_RULES)) as { endpointProblem: (v: string) => string | undefined };
    for (const value of ENDPOINTS) expect([value, endpointProblem(value)]).toEqual([value, server.endpointProblem(value)]);
  });

  it('says what to fix, with the numbers', () => {
    expect(tagValueProblem('v'.repeat(300))).toBe('The value is 300 characters; EC2 allows at most 256: remove 44.');
    expect(tagKeyProblem('a'.repeat(130))).toBe('The key is 130 characters; EC2 allows at most 128: remove 2.');
    expect(tagKeyProblem('aws:x')).toBe('Keys starting with "aws:" are reserved for AWS; choose another key.');
  });
});
