import { EndpointAllowlist } from './endpoint-allowlist.js';

const parse = (value: string): EndpointAllowlist => {
  const result = EndpointAllowlist.parse(value);
  if (Array.isArray(result)) throw new Error(result.join('; '));
  return result;
};

describe('EndpointAllowlist', () => {
  it('allows every address when unset', () => {
    expect(parse('').allows('https://54.214.100.239')).toBe(true);
    expect(parse('').restricts).toBe(false);
  });

  it('allows addresses inside its CIDR blocks and refuses the rest', () => {
    const list = parse('127.0.0.0/8, 10.0.0.0/8, fd00::/8');
    expect(list.allows('http://127.0.0.1:8040/east-classroom')).toBe(true);
    expect(list.allows('https://10.1.2.3')).toBe(true);
    expect(list.allows('https://[fd12::1]:443')).toBe(true);
    expect(list.allows('https://54.214.100.239')).toBe(false);
    expect(list.allows('https://[2001:db8::1]')).toBe(false);
  });

  it('matches host names exactly or under a *. suffix, case-insensitively', () => {
    const list = parse('localhost,*.cml.example.com, 192.0.2.7');
    expect(list.allows('http://localhost:8040/x')).toBe(true);
    expect(list.allows('https://Lab-1.CML.example.com')).toBe(true);
    expect(list.allows('https://cml.example.com.evil.net')).toBe(false);
    expect(list.allows('https://192.0.2.7')).toBe(true);
    expect(list.allows('https://192.0.2.8')).toBe(false);
    expect(list.allows('not a url')).toBe(false);
  });

  it('names every entry that is not a block or a host name', () => {
    expect(EndpointAllowlist.parse('10.0.0.0/33, 127.0.0.0/8, http://x, 1.2.3.4/8/1')).toEqual([
      "'10.0.0.0/33' is neither a CIDR block (10.0.0.0/8, fd00::/8) nor a host name (cml.example.com, *.example.com)",
      "'http://x' is neither a CIDR block (10.0.0.0/8, fd00::/8) nor a host name (cml.example.com, *.example.com)",
      "'1.2.3.4/8/1' is neither a CIDR block (10.0.0.0/8, fd00::/8) nor a host name (cml.example.com, *.example.com)",
    ]);
  });
});
