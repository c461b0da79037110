// Turns the app's JSON log lines (stdin) into what a person at a terminal wants: warnings and errors,
// readable, with the time and where they came from. Everything else (request logs, route mappings)
// stays in the log file. Lines that are not JSON (a configuration error) pass through unchanged.
import { createInterface } from 'node:readline';

const LEVELS = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const BY_NAME = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };
const COLOURS = { 40: '\x1b[33m', 50: '\x1b[31m', 60: '\x1b[1;31m' };
const minLevel = Number(process.env.TERMINAL_LOG_LEVEL ?? 40);
const colour = process.stdout.isTTY;

/** One readable line for a log record, or undefined when it is below the level shown. */
export function formatLine(line) {
  let record;
  try {
    record = JSON.parse(line);
  } catch {
    return line.trim() ? line : undefined;
  }
  if (typeof record !== 'object' || record === null) return line;
  // The app writes level names ("warn"); pino's default is numbers.
  const levelNumber = typeof record.level === 'number' ? record.level : BY_NAME[String(record.level).toLowerCase()];
  if (levelNumber === undefined) return line;
  record.level = levelNumber;
  if (record.level < minLevel) return undefined;
  const time = new Date(record.time ?? Date.now()).toTimeString().slice(0, 8);
  const level = LEVELS[record.level] ?? String(record.level);
  const where = record.context ? ` [${record.context}]` : '';
  const message = record.msg ?? record.message ?? '';
  const error = record.err?.message && !String(message).includes(record.err.message) ? `: ${record.err.message}` : '';
  const text = `${time} ${level}${where} ${message}${error}`;
  return colour && COLOURS[record.level] ? `${COLOURS[record.level]}${text}\x1b[0m` : text;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const out = formatLine(line);
    if (out !== undefined) process.stdout.write(`${out}\n`);
  });
}
