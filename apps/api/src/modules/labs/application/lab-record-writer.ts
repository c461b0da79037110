import { Injectable } from '@nestjs/common';
import { type Actor, type ChangeContext, Clock, retryOnConflict } from '#kernel';
import { AppConfig } from '../../../config/app-config.js';
import { LabErrors } from '../domain/lab.errors.js';
import { type HistoryPolicy, LabRecord } from '../domain/lab-record.aggregate.js';
import { labRecordId } from '../domain/lab-record-id.js';
import { LabRecordRepository } from '../domain/lab-record.repository.port.js';
import type { LabWorker } from '../domain/lab-worker.rule.js';
import { factsOf, LabControllerPort } from './ports/lab-controller.port.js';

/** A change to one record: gets the record (if any) and returns the record to save (if any) and a result. */
export type RecordChange<T> = (record: LabRecord | undefined, ctx: ChangeContext, policy: HistoryPolicy) => { save?: LabRecord; result: T };

/**
 * Load, decide, save, publish, for one lab record. When another writer (a concurrent sync or
 * action) changed or created the record meanwhile, the unit runs again on the fresh record.
 */
@Injectable()
export class LabRecordWriter {
  constructor(
    private readonly records: LabRecordRepository,
    private readonly controller: LabControllerPort,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  get policy(): HistoryPolicy {
    return { historyLimit: this.config.labs.stateHistoryLimit };
  }

  idOf(workerId: string, labId: string): string {
    return labRecordId(workerId, labId);
  }

  /** `known`: the record as already loaded (`null`: known not to exist) to spare the first read. */
  write<T>(workerId: string, labId: string, actor: Actor, change: RecordChange<T>, known?: LabRecord | null): Promise<T> {
    let first = true;
    return retryOnConflict(async () => {
      const record = first && known !== undefined ? (known ?? undefined) : await this.records.find(workerId, labId);
      first = false;
      const { save, result } = change(record, { actor, now: this.clock.now() }, this.policy);
      if (save) {
        await this.records.save(save);
        save.commit();
      }
      return result;
    });
  }

  /**
   * Makes sure the product has a present record of the lab before acting on it: a lab created on
   * the controller since the last sync is read and recorded first; one the controller does not
   * know is LAB.NOT_FOUND.
   */
  async ensureKnown(worker: LabWorker, labId: string, actor: Actor): Promise<void> {
    const record = await this.records.find(worker.id, labId);
    if (record?.presence === 'present') return;
    const facts = factsOf(await this.controller.lab(worker, labId).catch((err: unknown) => this.forgetIfGone(err, worker.id, labId, actor)));
    await this.write(worker.id, labId, actor, (current, ctx, policy) => {
      if (!current) return { save: LabRecord.discover(this.idOf(worker.id, labId), worker.id, labId, facts, policy, ctx), result: undefined };
      current.observe(facts, policy, ctx);
      return { save: current, result: undefined };
    });
  }

  /**
   * Rethrows `error`; when it says the controller has no such lab, a record still shown as present
   * is first marked removed, so the product stops offering actions on a lab that is gone.
   */
  async forgetIfGone(error: unknown, workerId: string, labId: string, actor: Actor): Promise<never> {
    if (LabErrors.notFound.is(error)) {
      await this.write(workerId, labId, actor, (record, ctx) => (record?.markRemoved(ctx) ? { save: record, result: undefined } : { result: undefined }));
    }
    throw error;
  }
}
