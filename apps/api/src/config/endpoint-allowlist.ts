import { BlockList, isIP } from 'node:net';

/**
 * Which controller addresses the app may contact (CML_ALLOWED_NETWORKS): CIDR blocks (`10.0.0.0/8`,
 * `127.0.0.0/8`, `fd00::/8`) and host names (`cml.example.com`, or `*.example.com` for any name
 * under it). Unset, every address is allowed. A worker's endpoint defaults to its public IP, which
 * AWS hands to someone else once the instance stops; an allowlist keeps the app from sending
 * credentials to an address it does not own.
 */
export class EndpointAllowlist {
  private readonly blocks = new BlockList();
  private readonly names: string[] = [];
  private readonly suffixes: string[] = [];

  private constructor(readonly entries: readonly string[]) {
    for (const entry of entries) {
      const [address, bits] = entry.split('/');
      const family = isIP(address);
      if (family) this.blocks.addSubnet(address, bits === undefined ? (family === 4 ? 32 : 128) : Number(bits), family === 4 ? 'ipv4' : 'ipv6');
      else if (entry.startsWith('*.')) this.suffixes.push(entry.slice(1).toLowerCase());
      else this.names.push(entry.toLowerCase());
    }
  }

  /** Parses the comma-separated setting; returns the problems instead when an entry is not valid. */
  static parse(value: string): EndpointAllowlist | string[] {
    const entries = value
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const problems = entries.filter((e) => !isValidEntry(e)).map((e) => `'${e}' is neither a CIDR block (10.0.0.0/8, fd00::/8) nor a host name (cml.example.com, *.example.com)`);
    return problems.length ? problems : new EndpointAllowlist(entries);
  }

  static allowAll(): EndpointAllowlist {
    return new EndpointAllowlist([]);
  }

  get restricts(): boolean {
    return this.entries.length > 0;
  }

  /** Whether a controller base URL may be contacted. */
  allows(baseUrl: string): boolean {
    if (!this.restricts) return true;
    let host: string;
    try {
      host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, '').toLowerCase();
    } catch {
      return false;
    }
    const family = isIP(host);
    if (family) return this.blocks.check(host, family === 4 ? 'ipv4' : 'ipv6');
    return this.names.includes(host) || this.suffixes.some((s) => host.endsWith(s));
  }
}

const HOST_NAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

function isValidEntry(entry: string): boolean {
  const [address, bits, extra] = entry.split('/');
  const family = isIP(address);
  if (family) {
    if (extra !== undefined) return false;
    if (bits === undefined) return true;
    const n = Number(bits);
    return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
  }
  return bits === undefined && HOST_NAME.test(entry);
}
