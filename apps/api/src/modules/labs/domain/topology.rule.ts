import { DomainError } from '#kernel';
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseAllDocuments, type ParsedNode } from 'yaml';

/** A topology that passed the checks: the text to send to CML and what the checks learnt about it. */
export interface CheckedTopology {
  text: string;
  title?: string;
  nodeCount: number;
  linkCount: number;
}

/** CML refuses longer titles (LabTopology.title, 1..64 characters). */
const MAX_TITLE = 64;
// Anchors and aliases are legal YAML but a CML export never needs many: this stops alias bombs.
const MAX_ALIASES = 100;

const utf8 = new TextDecoder('utf-8', { fatal: true });

type Where = { line: number; column: number };

function refuse(code: string, message: string, where?: Where, details: Record<string, unknown> = {}): DomainError {
  const at = where ? ` (line ${where.line}, column ${where.column})` : '';
  return DomainError.invalid(code, `${message}${at}`, { ...details, ...(where ?? {}) });
}

function describe(node: unknown): string {
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  if (isScalar(node)) return node.value === null ? 'empty' : `a ${typeof node.value} (${JSON.stringify(node.value).slice(0, 40)})`;
  return 'nothing';
}

/**
 * Checks an uploaded topology before it goes to CML, so a wrong file gets a 400 that names the
 * problem (and the line, when there is one) instead of an opaque refusal from the controller.
 * The checks follow CML 2.9's Topology schema: one YAML mapping with `lab` (a mapping), `nodes`
 * (a list of mappings with `id` and `node_definition`) and optionally `links` (a list whose ends
 * name known nodes). Everything else (versions, node details) is left to CML to judge.
 */
export function checkTopology(content: Uint8Array): CheckedTopology {
  if (content.length === 0) throw refuse('LAB.TOPOLOGY_EMPTY', 'The uploaded topology is empty; upload the YAML file CML exports for a lab.');
  const nul = content.indexOf(0);
  if (nul >= 0) throw refuse('LAB.TOPOLOGY_NOT_TEXT', `The uploaded file is binary (a NUL byte at offset ${nul}), not a YAML topology; upload the UTF-8 YAML file CML exports.`, undefined, { offset: nul });
  let text: string;
  try {
    text = utf8.decode(content);
  } catch {
    throw refuse('LAB.TOPOLOGY_NOT_TEXT', 'The uploaded file is not UTF-8 text, so it is not a YAML topology; upload the YAML file CML exports.');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw refuse('LAB.TOPOLOGY_EMPTY', 'The uploaded topology holds only white space; upload the YAML file CML exports for a lab.');

  const lines = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true });
  const docs = Array.isArray(parsed) ? parsed : [];
  const where = (node: Node | undefined | null): Where | undefined => {
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  };

  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      const at = error.linePos?.[0];
      throw refuse('LAB.TOPOLOGY_NOT_YAML', `The topology is not valid YAML: ${reason}`, at ? { line: at.line, column: at.col } : undefined);
    }
  }
  if (docs.length === 0) throw refuse('LAB.TOPOLOGY_EMPTY', 'The uploaded topology holds only comments; upload the YAML file CML exports for a lab.');
  if (docs.length > 1) {
    throw refuse('LAB.TOPOLOGY_INVALID', `The topology holds ${docs.length} YAML documents; a CML topology is exactly one.`, where(docs[1].contents as Node));
  }
  const doc = docs[0] as Document.Parsed<ParsedNode>;
  try {
    doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    throw refuse('LAB.TOPOLOGY_NOT_YAML', `The topology is not valid YAML: ${(err as Error).message}`);
  }

  const root = doc.contents;
  if (!isMap(root)) {
    throw refuse('LAB.TOPOLOGY_INVALID', `The topology must be a YAML mapping with \`lab\` and \`nodes\`, but it is ${describe(root)}.`, where(root));
  }
  const missing = ['lab', 'nodes'].filter((key) => !root.has(key));
  if (missing.length) {
    throw refuse('LAB.TOPOLOGY_INVALID', `The topology has no ${missing.map((k) => `\`${k}\``).join(' and ')} section${missing.length > 1 ? 's' : ''}; a CML topology has \`lab\`, \`nodes\` and \`links\`.`, undefined, { missing });
  }

  const lab = root.get('lab', true);
  if (!isMap(lab)) throw refuse('LAB.TOPOLOGY_INVALID', `\`lab\` must be a mapping (with title, description, notes and version), but it is ${describe(lab)}.`, where(lab as Node));
  const titleNode = lab.get('title', true);
  let title: string | undefined;
  if (titleNode !== undefined && !(isScalar(titleNode) && titleNode.value === null)) {
    const value = isScalar(titleNode) ? titleNode.value : undefined;
    if (typeof value !== 'string' && typeof value !== 'number') throw refuse('LAB.TOPOLOGY_INVALID', `\`lab.title\` must be text, but it is ${describe(titleNode)}.`, where(titleNode as Node));
    title = String(value).trim();
    if (!title || title.length > MAX_TITLE) throw refuse('LAB.TOPOLOGY_INVALID', `\`lab.title\` must be 1 to ${MAX_TITLE} characters long (it has ${title.length}).`, where(titleNode as Node));
  }

  const nodes = root.get('nodes', true);
  if (!isSeq(nodes)) throw refuse('LAB.TOPOLOGY_INVALID', `\`nodes\` must be a list, but it is ${describe(nodes)}.`, where(nodes as Node));
  const nodeIds = new Set<string>();
  nodes.items.forEach((node, index) => {
    if (!isMap(node)) throw refuse('LAB.TOPOLOGY_INVALID', `\`nodes[${index}]\` must be a mapping, but it is ${describe(node)}.`, where(node as Node));
    for (const key of ['id', 'node_definition']) {
      const value = node.get(key, true);
      if (!isScalar(value) || value.value === null || String(value.value).trim() === '') {
        throw refuse('LAB.TOPOLOGY_INVALID', `\`nodes[${index}]\` has no \`${key}\`.`, where(value && isScalar(value) ? value : node));
      }
    }
    const id = String((node.get('id', true) as { value: unknown }).value);
    if (nodeIds.has(id)) throw refuse('LAB.TOPOLOGY_INVALID', `\`nodes[${index}]\` repeats the node id ${id}.`, where(node.get('id', true) as Node));
    nodeIds.add(id);
  });

  let linkCount = 0;
  const links = root.get('links', true);
  if (links !== undefined && !(isScalar(links) && links.value === null)) {
    if (!isSeq(links)) throw refuse('LAB.TOPOLOGY_INVALID', `\`links\` must be a list, but it is ${describe(links)}.`, where(links as Node));
    links.items.forEach((link, index) => {
      if (!isMap(link)) throw refuse('LAB.TOPOLOGY_INVALID', `\`links[${index}]\` must be a mapping, but it is ${describe(link)}.`, where(link as Node));
      for (const end of ['n1', 'n2']) {
        const value = link.get(end, true);
        const ref = isScalar(value) && value.value !== null ? String(value.value) : undefined;
        if (ref === undefined) throw refuse('LAB.TOPOLOGY_INVALID', `\`links[${index}]\` has no \`${end}\`.`, where(link));
        if (!nodeIds.has(ref)) throw refuse('LAB.TOPOLOGY_INVALID', `\`links[${index}].${end}\` names node ${ref}, which is not in \`nodes\`.`, where(value as Node));
      }
    });
    linkCount = links.items.length;
  }

  return { text, title, nodeCount: nodes.items.length, linkCount };
}
