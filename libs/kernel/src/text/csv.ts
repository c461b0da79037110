/** A CSV cell: text, a number (rounded to 4 decimals) or nothing (an empty cell). */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when it holds a separator, a quote or a line break; text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) is defused with a leading `'`.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 10_000) / 10_000) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its CRLF line end. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** A whole CSV document: the header row, then one row per record (RFC 4180, CRLF). */
export function csvDocument(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvLine(columns) + rows.map(csvLine).join('');
}
