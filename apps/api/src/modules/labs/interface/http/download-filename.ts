const MAX_NAME = 100;

/**
 * The Content-Disposition of a downloaded topology, `<title>.yaml`. The plain `filename` keeps only
 * characters that are safe in every browser and file system; `filename*` (RFC 6266 / 8187) carries
 * the title in UTF-8 for clients that understand it. Path separators, quotes and control
 * characters never get through, so the header cannot be split or the file written elsewhere.
 */
export function topologyDisposition(title: string): string {
  const readable = title
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}/\\"'<>:|?*]+/gu, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, MAX_NAME)
    .trim();
  const ascii = readable
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 ._()+,=@[\]{}~-]/g, '_')
    .replace(/_+/g, '_')
    .trim();
  const plain = ascii && /[A-Za-z0-9]/.test(ascii) ? ascii : 'lab';
  const encoded = encodeURIComponent(`${readable || plain}.yaml`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${plain}.yaml"; filename*=UTF-8''${encoded}`;
}
