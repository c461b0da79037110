import { LabErrors, type TopologyPlace } from './lab.errors.js';
import { Composer, type CST, type Document, isAlias, isMap, isScalar, isSeq, Lexer, LineCounter, type Node, type ParsedNode, Parser, visit } from 'yaml';

/** A topology that passed the checks: the text to send to CML and what the checks learnt about it. */
export interface CheckedTopology {
  text: string;
  title?: string;
  nodeCount: number;
  linkCount: number;
}

/** CML refuses longer titles (LabTopology.title, 1..64 characters). */
const MAX_TITLE = 64;
// Anchors and aliases are legal YAML but a CML export never needs many: this stops alias bombs,
// and resolving each alias walks the whole document, so many aliases in a big file cost minutes.
const MAX_ALIASES = 100;
// A CML export nests about 6 levels deep (nodes -> node -> interfaces -> interface -> value). The
// YAML library composes and converts documents recursively, so thousands of levels exhaust the
// stack; refusing before it composes is the only place where the refusal can name the problem.
const MAX_DEPTH = 64;

const utf8 = new TextDecoder('utf-8', { fatal: true });

type Where = TopologyPlace;

function describe(node: unknown): string {
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  if (isAlias(node)) return `an alias (*${node.source})`;
  if (isScalar(node)) {
    const { value } = node;
    if (value === null) return 'empty';
    if (value instanceof Date) return `a timestamp (${node.source ?? value.toISOString()})`;
    if (value instanceof Uint8Array) return `binary data (${value.length} bytes)`;
    return `a ${typeof value} (${String(JSON.stringify(value)).slice(0, 40)})`;
  }
  return 'nothing';
}

const isCollectionToken = (token: CST.Token): boolean => token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';

/**
 * Parses all documents, refusing nesting deeper than MAX_DEPTH while the (iterative) lexer and
 * parser run, before the recursive composer sees it. The parser's stack holds every collection
 * still open, so the collections on it are the nesting depth at that point of the text.
 */
function parseBounded(text: string, lines: LineCounter, at: (offset: number) => Where): Document.Parsed<ParsedNode>[] {
  const parser = new Parser(lines.addNewLine);
  lines.addNewLine(0);
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The stack also holds the document and a scalar being read: count collections only, and only
    // when the stack is that high at all, so the common case costs one comparison per token.
    if (parser.stack.length > MAX_DEPTH && parser.stack.filter(isCollectionToken).length > MAX_DEPTH) {
      throw LabErrors.topologyTooDeep(MAX_DEPTH, at(parser.offset));
    }
  }
  for (const token of parser.end()) tokens.push(token);
  // Repeated keys are found by checkKeysAndAliases, in linear time.
  return Array.from(new Composer({ uniqueKeys: false }).compose(tokens)) as Document.Parsed<ParsedNode>[];
}

/**
 * One walk over the document, in document order, for what the YAML library checks too slowly:
 * - keys repeated in a mapping (its own check compares each key with every earlier one, so a file
 *   of 100,000 keys took minutes; a Set per mapping does it in one pass);
 * - aliases: more than MAX_ALIASES, one that names no anchor before it, and one inside the node it
 *   names (a structure that contains itself, while CML wants a tree). Each alias resolves to the
 *   last anchor of its name before it, as YAML says.
 */
function checkKeysAndAliases(doc: Document.Parsed<ParsedNode>, where: (node: Node | undefined | null) => Where | undefined): void {
  const anchors = new Map<string, Node>();
  let aliases = 0;
  visit(doc, {
    Node(_key, node, path) {
      if (isMap(node)) {
        const seen = new Map<unknown, Node>();
        for (const { key } of node.items) {
          if (!isScalar(key)) continue;
          const first = seen.get(key.value);
          if (first) {
            const firstLine = where(first)?.line;
            const name = String(key.source ?? key.value).slice(0, 60);
            throw LabErrors.topologyNotYaml(`Map keys must be unique, but the key \`${name}\` appears again${firstLine ? ` (first on line ${firstLine})` : ''}.`, where(key));
          }
          seen.set(key.value, key);
        }
      }
      if (isAlias(node)) {
        aliases += 1;
        if (aliases > MAX_ALIASES) {
          throw LabErrors.topologyTooComplex(MAX_ALIASES, 'aliases', where(node));
        }
        const target = anchors.get(node.source);
        if (!target) throw LabErrors.topologyNotYaml(`the alias *${node.source} names no anchor (&${node.source}) before it.`, where(node));
        if (path.includes(target)) {
          throw LabErrors.topologyInvalid(`The alias *${node.source} is inside the node it names (&${node.source}), so the topology would contain itself; a CML topology is a tree.`, where(node));
        }
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
    },
  });
}

/**
 * Checks an uploaded topology before it goes to CML, so a wrong file gets a 400 that names the
 * problem (and the line, when there is one) instead of an opaque refusal from the controller.
 * The checks follow CML 2.9's Topology schema: one YAML mapping with `lab` (a mapping), `nodes`
 * (a list of mappings with `id` and `node_definition`) and optionally `links` (a list whose ends
 * name known nodes). Everything else (versions, node details) is left to CML to judge.
 */
export function checkTopology(content: Uint8Array): CheckedTopology {
  if (content.length === 0) throw LabErrors.topologyEmpty('nothing');
  const nul = content.indexOf(0);
  if (nul >= 0) throw LabErrors.topologyNotText(nul);
  let text: string;
  try {
    text = utf8.decode(content);
  } catch {
    throw LabErrors.topologyNotText();
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw LabErrors.topologyEmpty('white space');

  const lines = new LineCounter();
  const at = (offset: number): Where => {
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const where = (node: Node | undefined | null): Where | undefined => {
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : at(offset);
  };
  const docs = parseBounded(text, lines, at);

  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) throw LabErrors.topologyNotYaml(`${error.message.split('\n')[0]}`, at(error.pos[0]));
  }
  if (docs.length === 0) throw LabErrors.topologyEmpty('comments');
  if (docs.length > 1) {
    throw LabErrors.topologyInvalid(`The topology holds ${docs.length} YAML documents; a CML topology is exactly one.`, where(docs[1].contents as Node));
  }
  const doc = docs[0];
  checkKeysAndAliases(doc, where);
  try {
    // Expands the aliases as CML would, stopping when they copy the same node too often.
    doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    const message = (err as Error).message;
    if (/Excessive alias count/i.test(message)) {
      throw LabErrors.topologyTooComplex(MAX_ALIASES, 'expansion');
    }
    throw LabErrors.topologyNotYaml(`${message}`);
  }

  const root = doc.contents;
  if (!isMap(root)) {
    throw LabErrors.topologyInvalid(`The topology must be a YAML mapping with \`lab\` and \`nodes\`, but it is ${describe(root)}.`, where(root));
  }
  const missing = ['lab', 'nodes'].filter((key) => !root.has(key));
  if (missing.length) {
    throw LabErrors.topologyInvalid(`The topology has no ${missing.map((k) => `\`${k}\``).join(' and ')} section${missing.length > 1 ? 's' : ''}; a CML topology has \`lab\`, \`nodes\` and \`links\`.`, undefined, { missing });
  }

  const lab = root.get('lab', true);
  if (!isMap(lab)) throw LabErrors.topologyInvalid(`\`lab\` must be a mapping (with title, description, notes and version), but it is ${describe(lab)}.`, where(lab as Node));
  const titleNode = lab.get('title', true);
  let title: string | undefined;
  if (titleNode !== undefined && !(isScalar(titleNode) && titleNode.value === null)) {
    const value = isScalar(titleNode) ? titleNode.value : undefined;
    if (typeof value !== 'string' && typeof value !== 'number') throw LabErrors.topologyInvalid(`\`lab.title\` must be text, but it is ${describe(titleNode)}.`, where(titleNode as Node));
    // The number as written: 1e400 or a hundred nines would otherwise become "Infinity".
    title = (typeof value === 'number' ? (titleNode.source ?? String(value)) : value).trim();
    if (!title || title.length > MAX_TITLE) throw LabErrors.topologyInvalid(`\`lab.title\` must be 1 to ${MAX_TITLE} characters long (it has ${title.length}).`, where(titleNode as Node));
  }

  const nodes = root.get('nodes', true);
  if (!isSeq(nodes)) throw LabErrors.topologyInvalid(`\`nodes\` must be a list, but it is ${describe(nodes)}.`, where(nodes as Node));
  const nodeIds = new Set<string>();
  nodes.items.forEach((node, index) => {
    if (!isMap(node)) throw LabErrors.topologyInvalid(`\`nodes[${index}]\` must be a mapping, but it is ${describe(node)}.`, where(node as Node));
    for (const key of ['id', 'node_definition']) {
      const value = node.get(key, true);
      if (!isScalar(value) || value.value === null || String(value.value).trim() === '') {
        throw LabErrors.topologyInvalid(`\`nodes[${index}]\` has no \`${key}\`.`, where(value && isScalar(value) ? value : node));
      }
    }
    const id = String((node.get('id', true) as { value: unknown }).value);
    if (nodeIds.has(id)) throw LabErrors.topologyInvalid(`\`nodes[${index}]\` repeats the node id ${id}.`, where(node.get('id', true) as Node));
    nodeIds.add(id);
  });

  let linkCount = 0;
  const links = root.get('links', true);
  if (links !== undefined && !(isScalar(links) && links.value === null)) {
    if (!isSeq(links)) throw LabErrors.topologyInvalid(`\`links\` must be a list, but it is ${describe(links)}.`, where(links as Node));
    links.items.forEach((link, index) => {
      if (!isMap(link)) throw LabErrors.topologyInvalid(`\`links[${index}]\` must be a mapping, but it is ${describe(link)}.`, where(link as Node));
      for (const end of ['n1', 'n2']) {
        const value = link.get(end, true);
        const ref = isScalar(value) && value.value !== null ? String(value.value) : undefined;
        if (ref === undefined) throw LabErrors.topologyInvalid(`\`links[${index}]\` has no \`${end}\`.`, where(link));
        if (!nodeIds.has(ref)) throw LabErrors.topologyInvalid(`\`links[${index}].${end}\` names node ${ref}, which is not in \`nodes\`.`, where(value as Node));
      }
    });
    linkCount = links.items.length;
  }

  return { text, title, nodeCount: nodes.items.length, linkCount };
}
