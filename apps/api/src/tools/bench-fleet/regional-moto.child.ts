/** Child process of the fleet benchmark: the region-routing proxy in front of one moto per region. */
import type { AddressInfo } from 'node:net';
import { createRegionRouter } from './regional-moto.js';

const backends = new Map<string, string>(JSON.parse(process.argv[2] ?? '[]') as [string, string][]);
const server = createRegionRouter(backends);
server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
process.once('disconnect', () => process.exit(0));
process.once('SIGTERM', () => process.exit(0));
