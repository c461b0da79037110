import type { Document } from 'mongodb';
import type { AggregateMapper } from '#persistence';
import type { LabView } from '../application/lab.view.js';
import { LabRecord, type LabRecordState } from '../domain/lab-record.aggregate.js';

export type LabRecordDocument = LabRecordState;

/** A stored document with our string ids (derived UUIDs), not ObjectIds. */
export type StoredLabRecord = Document & { _id: string };

export const labRecordMapper: AggregateMapper<LabRecord, LabRecordDocument> = {
  toDocument: (record) => record.snapshot() as LabRecordState,
  fromDocument: (id, version, doc) => new LabRecord(id, doc, version),
};

/** A stored document as the API shows it. */
export function toView(doc: Document): LabView {
  const { _id, version, _outbox, ...state } = doc;
  return { id: String(_id), version: Number(version), ...(state as LabRecordState) };
}
