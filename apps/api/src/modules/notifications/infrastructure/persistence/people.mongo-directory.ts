import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { NotificationKind } from '../../domain/notification-kind.js';
import type { NotificationPreferences, Person } from '../../domain/recipients.rule.js';
import { PeopleDirectory } from '../../application/ports/people-directory.port.js';
import { PERSON_MODEL } from './notifications.schemas.js';

interface PersonDocument {
  _id: string;
  email?: string;
  groups?: string[];
  roles?: string[];
  seenAt?: string;
  preferences?: { email?: string; kinds?: NotificationKind[]; scope?: 'owned' | 'all'; updatedAt?: string };
}

const toPreferences = (doc: PersonDocument): NotificationPreferences | undefined =>
  doc.preferences ? { username: doc._id, ...(doc.preferences.email ? { email: doc.preferences.email } : {}), kinds: [...(doc.preferences.kinds ?? [])], scope: doc.preferences.scope ?? 'owned' } : undefined;

/** People and their preferences, one document per username. */
@Injectable()
export class PeopleMongoDirectory extends PeopleDirectory {
  constructor(@InjectModel(PERSON_MODEL) private readonly model: Model<PersonDocument>) {
    super();
  }

  async record(person: Person, at: Date): Promise<void> {
    const set: Record<string, unknown> = { groups: [...person.groups], seenAt: at.toISOString() };
    if (person.roles) set.roles = [...person.roles];
    if (person.email) set.email = person.email;
    await this.model.collection.updateOne({ _id: person.username } as never, { $set: set }, { upsert: true });
  }

  async all(): Promise<Person[]> {
    const docs = await this.model.find({}, { email: 1, groups: 1, roles: 1 }).lean<PersonDocument[]>();
    return docs.map((d) => ({ username: d._id, ...(d.email ? { email: d.email } : {}), groups: d.groups ?? [], ...(d.roles?.length ? { roles: d.roles } : {}) }));
  }

  async preferences(username: string): Promise<NotificationPreferences | undefined> {
    const doc = await this.model.findById(username).lean<PersonDocument>();
    return doc ? toPreferences(doc) : undefined;
  }

  async allPreferences(): Promise<NotificationPreferences[]> {
    const docs = await this.model.find({ preferences: { $exists: true } }).lean<PersonDocument[]>();
    return docs.map(toPreferences).filter((p): p is NotificationPreferences => p !== undefined);
  }

  async savePreferences(p: NotificationPreferences, at: Date): Promise<void> {
    const preferences = { ...(p.email ? { email: p.email } : {}), kinds: [...p.kinds], scope: p.scope, updatedAt: at.toISOString() };
    await this.model.collection.updateOne({ _id: p.username } as never, { $set: { preferences }, $setOnInsert: { groups: [] } }, { upsert: true });
  }
}
