import { DomainError } from '#kernel';
import { checkTopology } from './topology.rule.js';

/** A small topology as CML 2.9 exports it. */
const VALID = `annotations: []
nodes:
  - id: n0
    label: r1
    node_definition: iosv
    x: 0
    y: 0
    interfaces:
      - id: i0
        slot: 0
        type: physical
  - id: n1
    label: h1
    node_definition: alpine
    x: 100
    y: 0
    interfaces:
      - id: i0
        slot: 0
        type: physical
links:
  - id: l0
    n1: n0
    n2: n1
    i1: i0
    i2: i0
lab:
  description: ''
  notes: ''
  title: Two nodes
  version: 0.3.0
`;

const bytes = (text: string) => new TextEncoder().encode(text);

function refusal(content: Uint8Array): DomainError {
  try {
    checkTopology(content);
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('the topology was accepted');
}

describe('checkTopology', () => {
  it('accepts a CML export and reports its title and counts', () => {
    expect(checkTopology(bytes(VALID))).toEqual({ text: VALID, title: 'Two nodes', nodeCount: 2, linkCount: 1 });
  });

  it.each([
    ['a UTF-8 byte order mark', `\ufeff${VALID}`, { title: 'Two nodes' }],
    ['no links section', 'lab: {version: 0.3.0}\nnodes: []\n', { nodeCount: 0, linkCount: 0, title: undefined }],
    ['an empty links section', 'lab: {version: 0.3.0, title: X}\nnodes: []\nlinks:\n', { linkCount: 0, title: 'X' }],
    ['a numeric title', 'lab: {version: 0.3.0, title: 2024}\nnodes: []\nlinks: []\n', { title: '2024' }],
    ['JSON (YAML 1.2 is a superset)', '{"lab": {"version": "0.3.0"}, "nodes": [{"id": "n0", "node_definition": "alpine"}], "links": []}', { nodeCount: 1 }],
  ])('accepts %s', (_, text, expected) => {
    expect(checkTopology(bytes(text))).toMatchObject(expected);
  });

  const refusals: [string, Uint8Array, string, string, number | undefined][] = [
    // [what, content, code, message fragment, line]
    ['an empty file', bytes(''), 'LAB.TOPOLOGY_EMPTY', 'is empty', undefined],
    ['only white space', bytes('  \n\n\t\n'), 'LAB.TOPOLOGY_EMPTY', 'only white space', undefined],
    ['only comments', bytes('# exported by hand\n# nothing here\n'), 'LAB.TOPOLOGY_EMPTY', 'only comments', undefined],
    ['a binary file (PNG)', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'LAB.TOPOLOGY_NOT_TEXT', 'binary (a NUL byte at offset 8)', undefined],
    ['UTF-16 text', new Uint8Array(Buffer.from(`\ufefflab: {}\n`, 'utf16le')), 'LAB.TOPOLOGY_NOT_TEXT', 'binary', undefined],
    ['Latin-1 text', new Uint8Array([0x6c, 0x61, 0x62, 0x3a, 0x20, 0xe9, 0x0a]), 'LAB.TOPOLOGY_NOT_TEXT', 'not UTF-8', undefined],
    ['an unclosed flow list', bytes('lab: {version: 0.3.0}\nnodes: [\n  {id: n0\nlinks: []\n'), 'LAB.TOPOLOGY_NOT_YAML', 'not valid YAML', 4],
    ['a duplicated key', bytes('lab: {version: 0.3.0}\nnodes: []\nnodes: []\n'), 'LAB.TOPOLOGY_NOT_YAML', 'Map keys must be unique, but the key `nodes` appears again (first on line 2)', 3],
    ['a duplicated key in a flow mapping', bytes('lab: {version: 0.3.0, version: 0.2.0}\nnodes: []\n'), 'LAB.TOPOLOGY_NOT_YAML', 'the key `version` appears again', 1],
    ['tabs as indentation', bytes('lab:\n\tversion: 0.3.0\n'), 'LAB.TOPOLOGY_NOT_YAML', 'not valid YAML', 2],
    ['an unresolved alias', bytes('lab: *missing\nnodes: []\n'), 'LAB.TOPOLOGY_NOT_YAML', 'the alias *missing names no anchor (&missing) before it', 1],
    ['an alias used before its anchor', bytes('lab: {title: *t}\nnodes: []\nx: &t T\n'), 'LAB.TOPOLOGY_NOT_YAML', 'the alias *t names no anchor', 1],
    ['an alias inside the node it names', bytes('lab: &lab {version: 0.3.0, self: *lab}\nnodes: []\n'), 'LAB.TOPOLOGY_INVALID', 'is inside the node it names (&lab), so the topology would contain itself', 1],
    ['two documents', bytes('lab: {version: 0.3.0}\nnodes: []\n---\nlab: {version: 0.3.0}\nnodes: []\n'), 'LAB.TOPOLOGY_INVALID', '2 YAML documents', 4],
    ['a list at the top', bytes('- lab\n- nodes\n'), 'LAB.TOPOLOGY_INVALID', 'must be a YAML mapping with `lab` and `nodes`, but it is a list', 1],
    ['plain text', bytes('hello world\n'), 'LAB.TOPOLOGY_INVALID', 'but it is a string ("hello world")', 1],
    ['no lab section', bytes('nodes: []\nlinks: []\n'), 'LAB.TOPOLOGY_INVALID', 'has no `lab` section', undefined],
    ['no lab and no nodes', bytes('annotations: []\n'), 'LAB.TOPOLOGY_INVALID', 'has no `lab` and `nodes` sections', undefined],
    ['lab that is text', bytes('lab: my lab\nnodes: []\n'), 'LAB.TOPOLOGY_INVALID', '`lab` must be a mapping', 1],
    ['a title of a hundred digits (not "Infinity")', bytes(`lab: {title: ${'9'.repeat(100)}}\nnodes: []\n`), 'LAB.TOPOLOGY_INVALID', '`lab.title` must be 1 to 64 characters long (it has 100)', 1],
    ['a title that is binary', bytes('lab: {title: !!binary aGVsbG8=}\nnodes: []\n'), 'LAB.TOPOLOGY_INVALID', '`lab.title` must be text, but it is binary data (5 bytes)', 1],
    ['nodes that is an alias', bytes('x: &n []\nlab: {}\nnodes: *n\n'), 'LAB.TOPOLOGY_INVALID', '`nodes` must be a list, but it is an alias (*n)', 3],
    ['a title too long', bytes(`lab: {version: 0.3.0, title: ${'t'.repeat(65)}}\nnodes: []\n`), 'LAB.TOPOLOGY_INVALID', '`lab.title` must be 1 to 64 characters long (it has 65)', 1],
    ['a title that is a list', bytes('lab:\n  title: [a, b]\nnodes: []\n'), 'LAB.TOPOLOGY_INVALID', '`lab.title` must be text', 2],
    ['nodes that is a mapping', bytes('lab: {version: 0.3.0}\nnodes:\n  n0: {}\n'), 'LAB.TOPOLOGY_INVALID', '`nodes` must be a list, but it is a mapping', 3],
    ['a node that is text', bytes('lab: {version: 0.3.0}\nnodes:\n  - {id: n0, node_definition: iosv}\n  - router\n'), 'LAB.TOPOLOGY_INVALID', '`nodes[1]` must be a mapping', 4],
    ['a node without id', bytes('lab: {version: 0.3.0}\nnodes:\n  - node_definition: iosv\n    label: r1\n'), 'LAB.TOPOLOGY_INVALID', '`nodes[0]` has no `id`', 3],
    ['a node without definition', bytes('lab: {version: 0.3.0}\nnodes:\n  - id: n0\n    node_definition:\n'), 'LAB.TOPOLOGY_INVALID', '`nodes[0]` has no `node_definition`', 4],
    ['a repeated node id', bytes('lab: {version: 0.3.0}\nnodes:\n  - {id: n0, node_definition: iosv}\n  - {id: n0, node_definition: alpine}\n'), 'LAB.TOPOLOGY_INVALID', 'repeats the node id n0', 4],
    ['links that is text', bytes('lab: {version: 0.3.0}\nnodes: []\nlinks: none\n'), 'LAB.TOPOLOGY_INVALID', '`links` must be a list', 3],
    ['a link to an unknown node', bytes('lab: {version: 0.3.0}\nnodes:\n  - {id: n0, node_definition: iosv}\nlinks:\n  - {id: l0, n1: n0, n2: n9, i1: i0, i2: i0}\n'), 'LAB.TOPOLOGY_INVALID', '`links[0].n2` names node n9, which is not in `nodes`', 5],
    ['a link without an end', bytes('lab: {version: 0.3.0}\nnodes:\n  - {id: n0, node_definition: iosv}\nlinks:\n  - {id: l0, n1: n0}\n'), 'LAB.TOPOLOGY_INVALID', '`links[0]` has no `n2`', 5],
  ];
  it.each(refusals.map(([what, content, code, fragment, line]) => ({ what, content, code, fragment, line })))('refuses $what with $code naming the problem', ({ content, code, fragment, line }) => {
    const err = refusal(content);
    expect(err.code).toBe(code);
    expect(err.kind).toBe('invalid');
    expect(err.message).toContain(fragment);
    if (line === undefined) {
      expect(err.details?.line).toBeUndefined();
    } else {
      expect(err.details?.line).toBe(line);
      expect(err.message).toContain(`(line ${line}, column `);
    }
  });

  it('refuses an alias bomb (billion laughs) instead of expanding it', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcdefghij') rows.push(`${name}: &${name} [${Array(10).fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`).join(', ')}]`);
    const err = refusal(bytes(`${rows.join('\n')}\nlab: {}\nnodes: []\n`));
    expect(err.code).toBe('LAB.TOPOLOGY_TOO_COMPLEX');
    expect(err.message).toContain('expand to more than 100 copies of the nodes they name (an alias bomb)');
  });

  it('refuses more than 100 aliases, naming the line of the 101st (each alias costs a walk over the whole file)', () => {
    // A chain of 10,000 anchors, each aliasing the one before: no bomb, but it took the YAML library half a minute.
    const rows = ['- &a0 [x]'];
    for (let i = 1; i < 10_000; i++) rows.push(`- &a${i} [*a${i - 1}]`);
    const err = refusal(bytes(`${rows.join('\n')}\n`));
    expect(err.code).toBe('LAB.TOPOLOGY_TOO_COMPLEX');
    expect(err.message).toContain('more than 100 YAML aliases');
    expect(err.details).toMatchObject({ line: 102, maxAliases: 100 });
  });

  describe('deep nesting: a 400 naming the limit, never a stack overflow', () => {
    const blockMaps = (n: number) => `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`;
    const deep: [string, number, string][] = [
      ['flow lists', 10_000, `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
      ['unclosed flow lists', 10_000, '['.repeat(10_000)],
      ['flow mappings', 10_000, `${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`],
      ['compact block lists', 10_000, `${'- '.repeat(10_000)}x\n- y\n`],
      ['explicit keys', 10_000, `lab: {}\nnodes: []\n${'? '.repeat(10_000)}x\n: y\n`],
      ['flow lists under nodes', 10_000, `lab: {}\nnodes: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
      // Indented block structures grow with the square of the depth; 3,000 levels already overflowed the parser.
      ['block mappings, then a key back at the top', 3000, `${blockMaps(3000)}z: 1\n`],
      ['block lists, then an item back at the top', 3000, `${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}-`).join('\n')} x\n- y\n`],
      ['lists of mappings', 3000, `${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}- a:`).join('\n')} 1\nz: 1\n`],
    ];
    it.each(deep)('refuses %s %d levels deep with LAB.TOPOLOGY_TOO_DEEP and the line', (_, _depth, text) => {
      const err = refusal(bytes(text));
      expect(err.code).toBe('LAB.TOPOLOGY_TOO_DEEP');
      expect(err.kind).toBe('invalid');
      expect(err.message).toContain('nests lists and mappings more than 64 levels deep');
      expect(err.details).toMatchObject({ maxDepth: 64, line: expect.any(Number), column: expect.any(Number) });
    });

    it.each([
      ['flow lists', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
      ['flow mappings', (n: number) => `${'{a: '.repeat(n)}1${'}'.repeat(n)}`],
      ['compact block lists', (n: number) => `${'- '.repeat(n)}x`],
      ['block mappings', blockMaps],
    ])('counts %s exactly: 64 levels pass the depth check, 65 do not', (_, nest) => {
      // 64 levels are not a topology either, but they are refused for that, not for their depth.
      expect(refusal(bytes(nest(64))).code).toBe('LAB.TOPOLOGY_INVALID');
      expect(refusal(bytes(nest(65))).code).toBe('LAB.TOPOLOGY_TOO_DEEP');
    });

    it('refuses at the line where the nesting passes the limit', () => {
      // Line 4 opens the second level (the mapping under notes), so line 67 opens the 65th.
      expect(refusal(bytes(`lab: {}\nnodes: []\nnotes:\n${blockMaps(100).replace(/^/gm, '  ')}`)).details).toMatchObject({ line: 67 });
    });
  });

  it('tells repeated keys from keys that only look alike, as YAML does (1 and "1" differ; a key may be a list)', () => {
    const text = 'lab: {version: 0.3.0}\nnodes: []\nx: {1: a, "1": b, true: c, "true": d, [k]: e, [k]: f, ~: g}\n';
    expect(checkTopology(bytes(text))).toMatchObject({ nodeCount: 0 });
    expect(refusal(bytes('lab: {version: 0.3.0}\nnodes: []\nx: {~: a, null: b}\n')).message).toContain('the key `null` appears again');
  });
});
