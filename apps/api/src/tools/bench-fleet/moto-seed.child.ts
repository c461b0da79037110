/** Child process of the fleet benchmark: seeds moto as asked over IPC, answers once and exits. */
import { MotoFleet, type MotoSeedReply, type MotoSeedRequest } from './moto-fleet.js';

process.once('message', (request: MotoSeedRequest) => {
  const moto = new MotoFleet(request.endpoint, request.accountId, request.runId);
  Promise.all(request.regions.map((r) => moto.seedRegion(r.region, r.controllers, request.cloudwatchData)))
    .then(
      (regions): MotoSeedReply => ({ ok: true, regions }),
      (err: unknown): MotoSeedReply => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
    )
    .then((reply) => {
      moto.close();
      process.send!(reply, () => process.exit(reply.ok ? 0 : 1));
    });
});
