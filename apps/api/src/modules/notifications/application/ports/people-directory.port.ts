import type { NotificationPreferences, Person } from '../../domain/recipients.rule.js';

/** The people who used the product (username, e-mail address and groups from their token) and their notification preferences. */
export abstract class PeopleDirectory {
  abstract record(person: Person, at: Date): Promise<void>;
  abstract all(): Promise<Person[]>;
  abstract preferences(username: string): Promise<NotificationPreferences | undefined>;
  abstract allPreferences(): Promise<NotificationPreferences[]>;
  abstract savePreferences(preferences: NotificationPreferences, at: Date): Promise<void>;
}
