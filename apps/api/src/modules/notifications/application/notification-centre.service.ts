import { Injectable } from '@nestjs/common';
import { Clock } from '#kernel';
import { NotificationErrors } from '../domain/notifications.errors.js';
import { isNotificationKind, NOTIFICATION_KINDS } from '../domain/notification-kind.js';
import { defaultPreferences, isEmailAddress, type NotificationPreferences, type Person } from '../domain/recipients.rule.js';
import { NotificationRepository, type NotificationView } from './ports/notification-repository.port.js';
import { PeopleDirectory } from './ports/people-directory.port.js';

/** A person's notification centre: their notifications, read marks and preferences. Everything is the caller's own. */
@Injectable()
export class NotificationCentre {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly people: PeopleDirectory,
    private readonly clock: Clock,
  ) {}

  async list(recipient: string, options: { unreadOnly: boolean; limit: number }): Promise<{ items: NotificationView[]; unread: number }> {
    const [items, unread] = await Promise.all([this.notifications.list(recipient, options), this.notifications.unreadCount(recipient)]);
    return { items, unread };
  }

  async markRead(recipient: string, id: string): Promise<void> {
    const n = await this.notifications.find(id);
    // Someone else's notification is not found: its existence is theirs to know.
    if (!n || n.recipient !== recipient) throw NotificationErrors.notificationNotFound(id);
    n.markRead(this.clock.now());
    await this.notifications.save(n);
  }

  async markAllRead(recipient: string): Promise<void> {
    await this.notifications.markAllRead(recipient, this.clock.now());
  }

  async preferences(username: string): Promise<NotificationPreferences> {
    return (await this.people.preferences(username)) ?? defaultPreferences(username);
  }

  async savePreferences(input: { username: string; email?: string; kinds: unknown[]; scope: unknown }): Promise<NotificationPreferences> {
    const problems: string[] = [];
    const email = input.email?.trim() || undefined;
    if (email && !isEmailAddress(email)) problems.push(`email: "${email}" is not an e-mail address`);
    const unknown = input.kinds.filter((k) => !isNotificationKind(k));
    if (unknown.length) problems.push(`kinds: unknown ${unknown.map(String).join(', ')}; known: ${NOTIFICATION_KINDS.join(', ')}`);
    if (input.scope !== 'owned' && input.scope !== 'all') problems.push('scope: "owned" (the workers you own) or "all" (every worker)');
    if (problems.length) throw NotificationErrors.preferencesInvalid(problems);
    const prefs: NotificationPreferences = { username: input.username, ...(email ? { email } : {}), kinds: NOTIFICATION_KINDS.filter((k) => input.kinds.includes(k)), scope: input.scope as 'owned' | 'all' };
    await this.people.savePreferences(prefs, this.clock.now());
    return prefs;
  }

  /** Keeps what the caller's token says of them (e-mail address, groups), for addressing their notifications. */
  recordPerson(person: Person): Promise<void> {
    return this.people.record(person, this.clock.now());
  }
}
