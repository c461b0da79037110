import { type AnyBulkWriteOperation, type Collection, type Document, MongoBulkWriteError } from 'mongodb';
import { uuidv7 } from '#kernel';

/** The field a grouped update stamps with an id of its own, so the group can tell which of its updates landed. */
export const WRITE_ID_FIELD = '_write';

/** Updates one bulk write carries, at most. */
const MAX_GROUP = 500;

interface PendingUpdate {
  id: string;
  filter: Document;
  update: Document;
  writeId: string;
  settle: (matched: boolean) => void;
  fail: (err: unknown) => void;
}

/**
 * Group commit for conditional single-document updates (ADR 0054). Updates asked for while a group
 * is being written wait and go out together as the next group, in one unordered bulk write, so a
 * fleet-wide job that saves a thousand workers sends a few commands instead of a thousand. Each
 * caller learns its own outcome: whether its filter (the version it loaded) matched, or its error.
 *
 * A bulk write reports only how many filters matched. When some did not (another writer got there
 * first), the documents are read back: each update stamps `_write` with its own id, and the ones
 * whose stamp is there landed.
 */
export class GroupedUpdates {
  private readonly queue: PendingUpdate[] = [];
  private writing = false;

  constructor(private readonly collection: Pick<Collection<Document>, 'bulkWrite' | 'find'>) {}

  /** Resolves to whether `filter` matched (and the update was applied); rejects with the write's error. */
  update(id: string, filter: Document, update: Document): Promise<boolean> {
    return new Promise<boolean>((settle, fail) => {
      this.queue.push({ id, filter, update, writeId: uuidv7(), settle, fail });
      if (!this.writing) {
        this.writing = true;
        // Everything asked for in this turn of the event loop joins the first group.
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const group = this.queue.splice(0, MAX_GROUP);
      await this.write(group).catch((err: unknown) => {
        for (const u of group) u.fail(err);
      });
    }
    this.writing = false;
  }

  private async write(group: PendingUpdate[]): Promise<void> {
    const operations: AnyBulkWriteOperation<Document>[] = group.map((u) => ({
      updateOne: { filter: u.filter, update: { ...u.update, $set: { ...(u.update.$set as Document), [WRITE_ID_FIELD]: u.writeId } } },
    }));
    const failed = new Map<number, Error>();
    let unconfirmed: Error | undefined;
    let matched: number;
    try {
      matched = (await this.collection.bulkWrite(operations, { ordered: false })).matchedCount;
    } catch (err) {
      if (!(err instanceof MongoBulkWriteError)) throw err;
      matched = err.result.matchedCount;
      const writeErrors = Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors];
      for (const e of writeErrors) {
        // As a single write would have failed: the code, and the index a duplicate key names.
        const keyPattern = (e.err as { keyPattern?: unknown } | undefined)?.keyPattern;
        failed.set(e.index, Object.assign(new Error(e.errmsg ?? 'write failed'), { code: e.code, keyPattern }));
      }
      // Applied but not acknowledged as asked (e.g. a primary stepping down): a single write would
      // have thrown, so no save of the group is reported as landed (their events stay in the outbox).
      const concern = err.result.getWriteConcernError();
      if (concern) unconfirmed = Object.assign(new Error(`write concern failed: ${concern.errmsg ?? 'no acknowledgement'}`), { code: concern.code });
    }
    const written = group.filter((_, i) => !failed.has(i));
    let landed = (_u: PendingUpdate) => true;
    if (matched < written.length) {
      const docs = await this.collection.find({ _id: { $in: written.map((u) => u.id) } } as Document, { projection: { [WRITE_ID_FIELD]: 1 } }).toArray();
      const stamps = new Map(docs.map((d) => [String(d._id), d[WRITE_ID_FIELD] as unknown]));
      landed = (u) => stamps.get(u.id) === u.writeId;
    }
    group.forEach((u, i) => {
      const error = failed.get(i) ?? unconfirmed;
      if (error) u.fail(error);
      else u.settle(landed(u));
    });
  }
}
