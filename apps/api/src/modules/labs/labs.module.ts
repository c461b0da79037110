import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { WorkersModule } from '../workers/workers.module.js';
import { ChangeLabStateHandler } from './application/commands/change-lab-state/change-lab-state.handler.js';
import { DeleteLabHandler } from './application/commands/delete-lab/delete-lab.handler.js';
import { ImportLabHandler } from './application/commands/import-lab/import-lab.handler.js';
import { SyncWorkerLabsHandler } from './application/commands/sync-worker-labs/sync-worker-labs.handler.js';
import { ControllerReadThrottle } from './application/controller-read-throttle.js';
import { LabRecordWriter } from './application/lab-record-writer.js';
import { LabReadModel } from './application/lab.view.js';
import { LabControllerPort } from './application/ports/lab-controller.port.js';
import { WorkerDirectory } from './application/ports/worker-directory.port.js';
import { DownloadLabHandler } from './application/queries/download-lab/download-lab.handler.js';
import { GetComputeHostsHandler } from './application/queries/get-compute-hosts/get-compute-hosts.handler.js';
import { GetImageDefinitionsHandler } from './application/queries/get-image-definitions/get-image-definitions.handler.js';
import { GetLabHandler } from './application/queries/get-lab/get-lab.handler.js';
import { GetNodeDefinitionsHandler } from './application/queries/get-node-definitions/get-node-definitions.handler.js';
import { ListLabsHandler } from './application/queries/list-labs/list-labs.handler.js';
import { LabRecordRepository } from './domain/lab-record.repository.port.js';
import { CmlLabControllerAdapter } from './infrastructure/cml/lab-controller.adapter.js';
import { LabRecordMongoRepository } from './infrastructure/lab-record.mongo-repository.js';
import { LabMongoReadModel } from './infrastructure/lab.read-model.js';
import { LAB_RECORD_MODEL, labRecordSchema } from './infrastructure/lab-record.schema.js';
import { WorkersFacadeDirectory } from './infrastructure/workers/worker-directory.adapter.js';
import { LabsController } from './interface/http/labs.controller.js';
import { TopologyUploadInterceptor } from './interface/http/topology-upload.interceptor.js';
import { WorkerLabsController } from './interface/http/worker-labs.controller.js';

/** Lab records per worker, kept in step with the CML controllers, and lab actions through the CML client. */
@Module({
  // WorkersModule only for the WorkersFacade it exports (workers.public.ts); nothing else of the workers module is used.
  imports: [WorkersModule, MongooseModule.forFeature([{ name: LAB_RECORD_MODEL, schema: labRecordSchema }])],
  controllers: [WorkerLabsController, LabsController],
  providers: [
    { provide: LabRecordRepository, useClass: LabRecordMongoRepository },
    { provide: LabReadModel, useClass: LabMongoReadModel },
    { provide: LabControllerPort, useClass: CmlLabControllerAdapter },
    { provide: WorkerDirectory, useClass: WorkersFacadeDirectory },
    LabRecordWriter,
    ControllerReadThrottle,
    TopologyUploadInterceptor,
    SyncWorkerLabsHandler,
    ChangeLabStateHandler,
    DeleteLabHandler,
    ImportLabHandler,
    ListLabsHandler,
    GetLabHandler,
    DownloadLabHandler,
    GetNodeDefinitionsHandler,
    GetImageDefinitionsHandler,
    GetComputeHostsHandler,
  ],
})
export class LabsModule {}
