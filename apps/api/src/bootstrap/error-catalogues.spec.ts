import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DomainError } from '#kernel';
import { ERROR_CATALOGUES, errorCodes, renderErrorTable } from './error-catalogues.js';

const root = new URL('../../../../', import.meta.url).pathname;

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter(keep);
}

const isTest = (p: string) => /\.(spec|int-spec|test)\.tsx?$/.test(p);
/** What the product runs: apps and libs, without their unit specs. */
const production = [...filesUnder('apps', (p) => p.endsWith('.ts') && p.includes('/src/') && !isTest(p)), ...filesUnder('libs', (p) => p.endsWith('.ts') && !isTest(p))];
/**
 * Where a code can be named: the product, the console (its tests too: a mock must answer what the
 * API answers), the end-to-end suites and the docs. Unit specs of the API are left out: they try the
 * error machinery on made-up codes.
 */
const naming = [
  ...production,
  ...filesUnder('web/src', (p) => /\.tsx?$/.test(p) && !p.startsWith('web/src/test/')),
  ...filesUnder('test', (p) => p.endsWith('.ts')),
  ...filesUnder('docs', (p) => p.endsWith('.md')),
];
const text = new Map([...new Set(naming)].map((p) => [p, readFileSync(join(root, p), 'utf8')]));

const codes = errorCodes();
const known = new Set(codes.map((c) => c.code));
const prefixes = [...new Set(codes.map((c) => c.code.split('.')[0]))];

/** Codes named in a file: quoted as a whole ('WORKER.NOT_FOUND'), or any token with a prefix some catalogue uses. */
function codesIn(source: string): string[] {
  const quoted = [...source.matchAll(/(['"`])([A-Z][A-Z0-9]*(?:\.[A-Z][A-Z0-9_]*)+)\1/g)].map((m) => m[2]);
  const prefixed = [...source.matchAll(new RegExp(`\\b(?:${prefixes.join('|')})\\.[A-Z][A-Z0-9_]*\\b`, 'g'))].map((m) => m[0]);
  return [...quoted, ...prefixed];
}

describe('the error catalogues', () => {
  it('give every code once, in the dotted upper-case form', () => {
    const seen = codes.map((c) => c.code);
    expect(seen.filter((c, i) => seen.indexOf(c) !== i)).toEqual([]);
    for (const code of seen) expect(code).toMatch(/^[A-Z][A-Z_]*(\.[A-Z][A-Z0-9_]*)*$/);
  });

  it('build errors with the code, kind and message their entry declares', () => {
    const { WorkerErrors } = ERROR_CATALOGUES;
    const err = WorkerErrors.notFound('w-1');
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: 'WORKER.NOT_FOUND', kind: 'not-found', message: 'Worker w-1 does not exist.', details: { workerId: 'w-1' } });
    expect(WorkerErrors.notFound.is(err)).toBe(true);
    expect(WorkerErrors.notManaged.is(err)).toBe(false);
  });

  it('are all registered, so their codes reach the docs and this check', () => {
    const declared = [...text].flatMap(([path, source]) => (production.includes(path) ? [...source.matchAll(/export const (\w+) = errorCatalogue\(/g)].map((m) => m[1]) : []));
    expect(declared.sort()).toEqual(Object.keys(ERROR_CATALOGUES).sort());
  });

  it('declare every code the source, the console, the e2e suites and the docs name', () => {
    const unknown = [...text].flatMap(([path, source]) => codesIn(source).filter((c) => !known.has(c)).map((c) => `${path}: ${c}`));
    expect([...new Set(unknown)]).toEqual([]);
  });

  it('hold only codes something throws: every constructor is called outside its declaration', () => {
    const product = production.map((p) => text.get(p)).join('\n');
    const unused = codes.filter((c) => !new RegExp(`\\b${c.constructorName.replace('.', '\\.')}\\(`).test(product)).map((c) => `${c.constructorName} (${c.code})`);
    expect(unused).toEqual([]);
  });

  it('are the only place errors are built: no DomainError is made inline', () => {
    const inline = production
      .filter((p) => p !== 'libs/kernel/src/error-catalogue.ts')
      .flatMap((p) => (/new DomainError\(|DomainError\.(invalid|conflict|notFound)\(|extends DomainError\b/.test(text.get(p)!) && p !== 'libs/kernel/src/kernel.errors.ts' ? [p] : []));
    expect(inline).toEqual([]);
  });

  it('are listed in docs/api.md as they are (run `npm run docs` when this fails)', () => {
    const doc = readFileSync(join(root, 'docs/api.md'), 'utf8');
    const listed = /<!-- errors:start -->\n([\s\S]*?)\n<!-- errors:end -->/.exec(doc)?.[1];
    expect(listed).toBe(renderErrorTable());
  });
});
