export type EndpointSource = 'override' | 'tag' | 'public-ip' | 'private-ip' | 'none';

/** The EC2 tag that points a worker at its CML controller (used by the fake controllers and the demo). */
export const ENDPOINT_TAG = 'cml-endpoint';

export interface ResolvedEndpoint {
  url?: string;
  source: EndpointSource;
  /** Why the `cml-endpoint` tag was not used (it is not a valid controller URL). */
  problem?: string;
}

/**
 * Where a worker's CML controller answers: an explicit override (API) wins, then the `cml-endpoint`
 * tag, then `https://<public ip>` (or the private IP when configured). A tag that is not a valid
 * controller URL is ignored, and the worker has no endpoint: credentials go only where someone meant
 * them to, never to a fallback address.
 */
export function resolveEndpoint(input: {
  override?: string;
  tags: Record<string, string>;
  publicIp?: string;
  privateIp?: string;
  usePrivateIp: boolean;
}): ResolvedEndpoint {
  if (input.override) return { url: input.override, source: 'override' };
  const tag = input.tags[ENDPOINT_TAG]?.trim();
  if (tag) {
    const problem = endpointProblem(tag);
    if (problem) return { source: 'none', problem: `The ${ENDPOINT_TAG} tag "${tag.slice(0, 200)}" is ignored: ${problem}.` };
    return { url: tag.replace(/\/$/, ''), source: 'tag' };
  }
  if (input.usePrivateIp && input.privateIp) return { url: `https://${input.privateIp}`, source: 'private-ip' };
  if (!input.usePrivateIp && input.publicIp) return { url: `https://${input.publicIp}`, source: 'public-ip' };
  return { source: 'none' };
}

/** What is wrong with a controller base URL, or undefined when it is an http(s) URL without credentials, query or fragment. */
export function endpointProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'it is not a URL (expected https://host[:port])';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `it uses ${url.protocol} (expected https://host[:port])`;
  if (url.username || url.password) return 'it carries user info; credentials never go in the URL';
  if (url.search || url.hash) return 'it has a query or fragment (expected https://host[:port])';
  return undefined;
}

/** True for an http(s) URL without credentials, query or fragment. */
export function isValidEndpoint(value: string): boolean {
  return endpointProblem(value) === undefined;
}

/** How this deployment reaches its controllers (WORKER_ENDPOINT_USE_PRIVATE_IP). */
export interface EndpointPolicy {
  usePrivateIp: boolean;
}
