import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/**
 * CPU time of other local processes (the services a cycle waits on), from Linux's /proc. CPU time
 * is what a busy machine does not distort the way it distorts wall time: a single-threaded service
 * that needs 8 CPU seconds for a cycle makes that cycle last at least 8 seconds. Elsewhere than
 * Linux every reading is undefined.
 */

/** Clock ticks per second of /proc/<pid>/stat times; 100 on every Linux this runs on. */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) of a process and its waited-for children, in ms; undefined if unreadable. */
export function cpuTimeMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [utime, stime] = [Number(fields[11]), Number(fields[12])];
    return Number.isFinite(utime + stime) ? ((utime + stime) * 1000) / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}

/** The pid of the local process listening on a loopback TCP port (for MongoDB, moto), if it can be found. */
export function pidListeningOn(port: number): number | undefined {
  let inode: string | undefined;
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is HEX_IP:HEX_PORT; state 0A is LISTEN.
      if (cols.length > 9 && cols[3] === '0A' && parseInt(cols[1].split(':')[1] ?? '', 16) === port) {
        inode = cols[9];
        break;
      }
    }
    if (inode) break;
  }
  if (!inode) return undefined;
  const target = `socket:[${inode}]`;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return undefined;
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`) === target) return Number(pid);
      } catch {
        // the descriptor closed meanwhile
      }
    }
  }
  return undefined;
}

/** Takes CPU readings of named processes and reports how much each used in between. */
export class CpuMeter {
  private before = new Map<string, number>();

  constructor(private readonly pids: Map<string, number | undefined>) {}

  start(): void {
    this.before = new Map();
    for (const [name, pid] of this.pids) {
      const ms = pid === undefined ? undefined : cpuTimeMs(pid);
      if (ms !== undefined) this.before.set(name, ms);
    }
  }

  /** CPU ms used since `start` by each process that could be read. */
  stop(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, pid] of this.pids) {
      const from = this.before.get(name);
      const to = pid === undefined ? undefined : cpuTimeMs(pid);
      if (from !== undefined && to !== undefined) out[name] = Math.round(to - from);
    }
    return out;
  }
}
