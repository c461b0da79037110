import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/** Names this app instance among others sharing Redis (fan-out origin, lease holder). Unique per instance, even several in one process. */
export class InstanceIdentity {
  readonly id = `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
}
