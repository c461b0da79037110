import type { AggregateDocument, AggregateMapper } from '#persistence';
import type { LabView } from '../application/lab.view.js';
import { LabRecord, type LabRecordState } from '../domain/lab-record.aggregate.js';

/** The stored document's state fields (see `lab-record.schema.ts`). */
export type LabRecordDocument = LabRecordState;

/** A lab record's document as reads return it (lean, without its outbox; lists also without `stateHistory`). */
export type StoredLabRecord = Omit<AggregateDocument<LabRecordDocument>, '_outbox' | 'stateHistory'> & { stateHistory?: LabRecordState['stateHistory'] };

export const labRecordMapper: AggregateMapper<LabRecord, LabRecordDocument> = {
  toDocument: (record) => record.snapshot() as LabRecordState,
  fromDocument: (id, version, doc) => new LabRecord(id, doc, version),
};

/** A stored document as the API shows it. */
export function toView(doc: StoredLabRecord): LabView {
  const { _id, version, ...state } = doc;
  return { id: String(_id), version: Number(version), ...state };
}
