import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { WorkersModule } from '../workers/workers.module.js';
import { ActionLinkService } from './application/action-links.service.js';
import { LinkWorkers } from './application/ports/link-workers.port.js';
import { UsedLinks } from './application/ports/used-links.port.js';
import { LINK_USE_MODEL, linkUseSchema } from './infrastructure/persistence/link-use.schema.js';
import { MongoUsedLinks } from './infrastructure/persistence/used-links.mongo-store.js';
import { WorkersFacadeLinkWorkers } from './infrastructure/workers/link-workers.adapter.js';
import { ActionLinksController } from './interface/http/action-links.controller.js';

/**
 * One-click links in notifications (ADR 0037): "keep running for 1 h / 4 h" and "stop now" from a
 * pre-stop warning, without signing in. Other modules (notifications) get links from
 * `ActionLinkService.linksFor` (action-links.public.ts).
 */
@Module({
  // WorkersModule only for the WorkersFacade it exports (workers.public.ts).
  imports: [WorkersModule, MongooseModule.forFeature([{ name: LINK_USE_MODEL, schema: linkUseSchema }])],
  controllers: [ActionLinksController],
  providers: [ActionLinkService, { provide: LinkWorkers, useClass: WorkersFacadeLinkWorkers }, { provide: UsedLinks, useClass: MongoUsedLinks }],
  exports: [ActionLinkService],
})
export class ActionLinksModule {}
