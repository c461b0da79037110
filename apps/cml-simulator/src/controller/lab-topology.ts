import { randomUUID } from 'node:crypto';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { z } from 'zod';
import type { LabSeed, NodeSeed, SimLabState } from '../seed/controller-seed.js';
import { defaultImageOf, isKnownNodeDefinition, nodeResources } from './node-catalog.fixture.js';

export interface SimInterface {
  id: string;
  label: string;
  slot: number | null;
  type: 'physical' | 'loopback';
}

export interface SimNode {
  id: string;
  label: string;
  nodeDefinition: string;
  imageDefinition: string | null;
  x: number;
  y: number;
  cpus: number;
  ramMb: number;
  configuration: string | null;
  tags: string[];
  interfaces: SimInterface[];
  /** The compute the node is allocated to while its lab is STARTED or STOPPED. */
  computeId: string | null;
}

export interface SimLink {
  id: string;
  label: string;
  n1: string;
  n2: string;
  i1: string;
  i2: string;
}

export interface SimLab {
  id: string;
  title: string;
  description: string;
  notes: string;
  state: SimLabState;
  ownerId: string;
  ownerUsername: string;
  ownerFullname: string;
  createdAt: number;
  modifiedAt: number;
  nodes: SimNode[];
  links: SimLink[];
}

export interface LabOwner {
  id: string;
  username: string;
  fullname: string;
}

/** The newest topology schema version a CML 2.9 controller writes. */
export const TOPOLOGY_VERSION = '0.3.0';
const TOPOLOGY_VERSIONS = ['0.0.1', '0.0.2', '0.0.3', '0.0.4', '0.0.5', '0.1.0', '0.2.0', '0.2.1', '0.2.2', '0.3.0'] as const;

/** A refused import, answered as 400 in CML's error shape. */
export class TopologyError extends Error {}

function newInterface(node: SimNode): SimInterface {
  const physical = node.interfaces.filter((i) => i.type === 'physical');
  const slot = physical.length;
  const names = nodeResources(node.nodeDefinition).interfaces;
  return { id: randomUUID(), label: names[slot] ?? `eth${slot}`, slot, type: 'physical' };
}

function freeInterface(node: SimNode, links: SimLink[]): SimInterface {
  const used = new Set(links.flatMap((l) => [l.i1, l.i2]));
  const free = node.interfaces.find((i) => i.type === 'physical' && !used.has(i.id));
  if (free) return free;
  const created = newInterface(node);
  node.interfaces.push(created);
  return created;
}

function seedNodes(nodes: LabSeed['nodes']): NodeSeed[] {
  if (Array.isArray(nodes)) return nodes;
  const count = nodes ?? 2;
  // Half routers, half hosts: a plausible teaching lab with mixed resource use.
  return Array.from({ length: count }, (_, i) => ({ nodeDefinition: i < Math.ceil(count / 2) ? 'iosv' : 'alpine' }));
}

/** Builds a lab from a seed; nodes get interfaces and links a chain unless `links` says otherwise. */
export function labFromSeed(seed: LabSeed, owner: LabOwner, now: number): SimLab {
  const created = now - (seed.createdMinutesAgo ?? 0) * 60_000;
  const nodes: SimNode[] = seedNodes(seed.nodes).map((n, i) => {
    const definition = n.nodeDefinition ?? 'iosv';
    const resources = nodeResources(definition);
    const label = n.label ?? `${definition.replace(/_/g, '-')}-${i}`;
    const isIos = ['iosv', 'iosvl2', 'csr1000v'].includes(definition);
    return {
      id: randomUUID(),
      label,
      nodeDefinition: definition,
      imageDefinition: defaultImageOf(definition),
      x: (i % 5) * 150 - 300,
      y: Math.floor(i / 5) * 150,
      cpus: n.cpus ?? resources.cpus,
      ramMb: n.ramMb ?? resources.ramMb,
      configuration: isIos ? `hostname ${label}\n` : null,
      tags: [],
      interfaces: isIos ? [{ id: randomUUID(), label: 'Loopback0', slot: null, type: 'loopback' }] : [],
      computeId: null,
    };
  });
  const links: SimLink[] = [];
  const linkCount = seed.links ?? Math.max(0, nodes.length - 1);
  if (nodes.length >= 2) {
    for (let k = 0; k < linkCount; k++) {
      const a = nodes[k % nodes.length] as SimNode;
      const b = nodes[(k + 1 + Math.floor(k / nodes.length)) % nodes.length] as SimNode;
      if (a === b) continue;
      const i1 = freeInterface(a, links);
      const i2 = freeInterface(b, links);
      links.push({ id: randomUUID(), label: `${a.label}-${i1.label}<->${b.label}-${i2.label}`, n1: a.id, n2: b.id, i1: i1.id, i2: i2.id });
    }
  }
  return {
    id: seed.id ?? randomUUID(),
    title: seed.title,
    description: seed.description ?? '',
    notes: seed.notes ?? '',
    state: 'DEFINED_ON_CORE',
    ownerId: owner.id,
    ownerUsername: owner.username,
    ownerFullname: owner.fullname,
    createdAt: created,
    modifiedAt: created,
    nodes,
    links,
  };
}

// Lenient enough for real exports, strict where a real controller refuses (missing sections, dangling links).
const importedTopologySchema = z.object({
  lab: z.object({
    version: z.enum(TOPOLOGY_VERSIONS, { message: `lab.version must be one of ${TOPOLOGY_VERSIONS.join(', ')}` }),
    title: z.string().min(1).max(64).optional(),
    description: z.string().max(4096).nullish(),
    notes: z.string().max(32768).nullish(),
  }),
  nodes: z.array(
    z.object({
      id: z.string().min(1).max(64),
      label: z.string().min(1).max(128),
      node_definition: z.string().min(1).max(250),
      x: z.number().int().min(-15000).max(15000),
      y: z.number().int().min(-15000).max(15000),
      image_definition: z.string().nullish(),
      cpus: z.number().int().min(1).max(128).nullish(),
      ram: z.number().int().min(1).nullish(),
      configuration: z.unknown().optional(),
      tags: z.array(z.string()).nullish(),
      interfaces: z.array(z.object({ id: z.string().min(1), label: z.string().optional(), slot: z.number().int().nullish(), type: z.enum(['physical', 'loopback']) })).optional(),
    }),
  ),
  links: z.array(z.object({ id: z.string().min(1), n1: z.string(), n2: z.string(), i1: z.string(), i2: z.string(), label: z.string().optional() })),
  annotations: z.array(z.unknown()).optional(),
  smart_annotations: z.array(z.unknown()).optional(),
});

function configurationText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((f: { content?: unknown }) => (typeof f?.content === 'string' ? f.content : '')).join('\n') || null;
  if (value && typeof value === 'object' && typeof (value as { content?: unknown }).content === 'string') return (value as { content: string }).content;
  return null;
}

/** Parses a CML YAML (or JSON) topology into a new lab; throws `TopologyError` with CML-like wording. */
export function labFromTopology(text: string, title: string | undefined, owner: LabOwner, now: number): { lab: SimLab; warnings: string[] } {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new TopologyError(`Topology is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = importedTopologySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TopologyError(`Topology is invalid: ${issue ? `${issue.path.join('.') || 'topology'}: ${issue.message}` : 'unknown error'}`);
  }
  const topology = parsed.data;
  const warnings: string[] = [];
  const nodeIds = new Map<string, SimNode>();
  const interfaceIds = new Map<string, SimInterface>();
  const nodes = topology.nodes.map((n) => {
    if (nodeIds.has(n.id)) throw new TopologyError(`Topology is invalid: duplicate node id ${n.id}`);
    if (!isKnownNodeDefinition(n.node_definition)) warnings.push(`Node definition '${n.node_definition}' of node '${n.label}' is not installed on this controller.`);
    const resources = nodeResources(n.node_definition);
    const node: SimNode = {
      id: randomUUID(),
      label: n.label,
      nodeDefinition: n.node_definition,
      imageDefinition: n.image_definition ?? defaultImageOf(n.node_definition),
      x: n.x,
      y: n.y,
      cpus: n.cpus ?? resources.cpus,
      ramMb: n.ram ?? resources.ramMb,
      configuration: configurationText(n.configuration),
      tags: n.tags ?? [],
      interfaces: [],
      computeId: null,
    };
    for (const i of n.interfaces ?? []) {
      const created: SimInterface = { id: randomUUID(), label: i.label ?? `eth${i.slot ?? 0}`, slot: i.type === 'loopback' ? null : (i.slot ?? 0), type: i.type };
      node.interfaces.push(created);
      interfaceIds.set(`${n.id}/${i.id}`, created);
    }
    nodeIds.set(n.id, node);
    return node;
  });
  const links = topology.links.map((l) => {
    const n1 = nodeIds.get(l.n1);
    const n2 = nodeIds.get(l.n2);
    const i1 = interfaceIds.get(`${l.n1}/${l.i1}`);
    const i2 = interfaceIds.get(`${l.n2}/${l.i2}`);
    if (!n1 || !n2 || !i1 || !i2) throw new TopologyError(`Topology is invalid: link ${l.id} refers to an unknown node or interface`);
    return { id: randomUUID(), label: l.label ?? `${n1.label}-${i1.label}<->${n2.label}-${i2.label}`, n1: n1.id, n2: n2.id, i1: i1.id, i2: i2.id };
  });
  const at = new Date(now);
  const defaultTitle = `Lab at ${at.toLocaleDateString('en-US', { weekday: 'short', timeZone: 'UTC' })} ${at.toISOString().slice(11, 16)}`;
  return {
    lab: {
      id: randomUUID(),
      title: title ?? topology.lab.title ?? defaultTitle,
      description: topology.lab.description ?? '',
      notes: topology.lab.notes ?? '',
      state: 'DEFINED_ON_CORE',
      ownerId: owner.id,
      ownerUsername: owner.username,
      ownerFullname: owner.fullname,
      createdAt: now,
      modifiedAt: now,
      nodes,
      links,
    },
    warnings,
  };
}

/** The lab as CML writes it for `GET /labs/{id}/download`: short per-lab ids (n0, i0, l0). */
export function topologyYaml(lab: SimLab): string {
  const nodeRef = new Map(lab.nodes.map((n, i) => [n.id, `n${i}`]));
  const ifaceRef = new Map<string, string>();
  const nodes = lab.nodes.map((n) => {
    const interfaces = n.interfaces.map((iface, i) => {
      ifaceRef.set(iface.id, `i${i}`);
      return iface.type === 'loopback' ? { id: `i${i}`, label: iface.label, type: 'loopback' } : { id: `i${i}`, label: iface.label, slot: iface.slot, type: 'physical' };
    });
    return {
      boot_disk_size: null,
      configuration: n.configuration,
      cpu_limit: null,
      cpus: null,
      data_volume: null,
      hide_links: false,
      id: nodeRef.get(n.id),
      image_definition: n.imageDefinition,
      label: n.label,
      node_definition: n.nodeDefinition,
      parameters: {},
      ram: null,
      tags: n.tags,
      x: n.x,
      y: n.y,
      interfaces,
    };
  });
  const links = lab.links.map((l, i) => ({ id: `l${i}`, n1: nodeRef.get(l.n1), n2: nodeRef.get(l.n2), i1: ifaceRef.get(l.i1), i2: ifaceRef.get(l.i2), label: l.label, conditioning: {} }));
  return stringifyYaml({
    annotations: [],
    smart_annotations: [],
    nodes,
    links,
    lab: { description: lab.description, notes: lab.notes, title: lab.title, version: TOPOLOGY_VERSION },
  });
}
