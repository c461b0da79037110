export type EndpointSource = 'override' | 'tag' | 'public-ip' | 'private-ip' | 'none';

/** The EC2 tag that points a worker at its CML controller (used by the fake controllers and the demo). */
export const ENDPOINT_TAG = 'cml-endpoint';

/**
 * Where a worker's CML controller answers: an explicit override (API) wins, then the `cml-endpoint`
 * tag, then `https://<public ip>` (or the private IP when configured).
 */
export function resolveEndpoint(input: {
  override?: string;
  tags: Record<string, string>;
  publicIp?: string;
  privateIp?: string;
  usePrivateIp: boolean;
}): { url?: string; source: EndpointSource } {
  if (input.override) return { url: input.override, source: 'override' };
  const tag = input.tags[ENDPOINT_TAG]?.trim();
  if (tag) return { url: tag.replace(/\/$/, ''), source: 'tag' };
  if (input.usePrivateIp && input.privateIp) return { url: `https://${input.privateIp}`, source: 'private-ip' };
  if (!input.usePrivateIp && input.publicIp) return { url: `https://${input.publicIp}`, source: 'public-ip' };
  return { source: 'none' };
}

/** True for an http(s) URL without credentials, query or fragment. */
export function isValidEndpoint(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password && !u.search && !u.hash;
  } catch {
    return false;
  }
}
