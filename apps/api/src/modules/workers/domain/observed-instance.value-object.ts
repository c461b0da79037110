/** An EC2 instance as the domain sees it (mapped from the EC2 port by the application layer). */
export interface ObservedInstance {
  instanceId: string;
  state: string;
  instanceType: string;
  imageId: string;
  name?: string;
  tags: Record<string, string>;
  publicIp?: string;
  privateIp?: string;
  launchTime?: string;
}

/** The EC2 facts a worker keeps of its instance besides status and tags. */
export interface InstanceFacts {
  publicIp?: string;
  privateIp?: string;
  instanceType: string;
  launchedAt?: string;
  amiId?: string;
}

/** Field -> before and after, for the facts that differ (the payload of `worker.instance-updated`). */
export type FactChanges = Record<string, { from: unknown; to: unknown }>;

/** What EC2 reports now that the worker does not know yet; empty when nothing changed. */
export function instanceChanges(known: InstanceFacts, instance: ObservedInstance): FactChanges {
  const now: InstanceFacts = { publicIp: instance.publicIp, privateIp: instance.privateIp, instanceType: instance.instanceType, launchedAt: instance.launchTime, amiId: instance.imageId };
  const changes: FactChanges = {};
  for (const key of ['publicIp', 'privateIp', 'instanceType', 'launchedAt', 'amiId'] as const) {
    if (known[key] !== now[key]) changes[key] = { from: known[key], to: now[key] };
  }
  return changes;
}

/** Keys set to a new value and keys removed, or undefined when the tags are the same. */
export function tagChanges(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>): { set: Record<string, string>; removed: string[] } | undefined {
  const set = Object.fromEntries(Object.entries(after).filter(([k, v]) => before[k] !== v));
  const removed = Object.keys(before).filter((k) => !(k in after));
  return Object.keys(set).length === 0 && removed.length === 0 ? undefined : { set, removed };
}
