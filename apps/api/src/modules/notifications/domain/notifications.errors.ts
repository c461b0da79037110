import { errorCatalogue } from '#kernel';

/** Codes of the notifications module: channels, the notification centre, preferences. */
export const NotificationErrors = errorCatalogue({
  channelInvalid: {
    code: 'NOTIFICATION_CHANNEL.INVALID',
    kind: 'invalid',
    meaning: 'The notification channel cannot be saved; `details.problems` names every problem (a webhook URL that is not http(s), an e-mail address that is not one, unknown notification kinds, no secret for a new webhook).',
    build: (problems: string[]) => ({ message: `The notification channel is not valid: ${problems.join('; ')}.`, details: { problems } }),
  },
  channelNotFound: {
    code: 'NOTIFICATION_CHANNEL.NOT_FOUND',
    kind: 'not-found',
    meaning: 'No notification channel has that id.',
    build: (id: string) => ({ message: `Notification channel ${id} does not exist.`, details: { channelId: id } }),
  },
  notificationNotFound: {
    code: 'NOTIFICATION.NOT_FOUND',
    kind: 'not-found',
    meaning: 'You have no notification with that id (notifications are visible to their recipient only).',
    build: (id: string) => ({ message: `Notification ${id} does not exist.`, details: { notificationId: id } }),
  },
  preferencesInvalid: {
    code: 'NOTIFICATION_PREFERENCES.INVALID',
    kind: 'invalid',
    meaning: 'The notification preferences cannot be saved; `details.problems` names every problem (an e-mail address that is not one, unknown kinds, an unknown scope).',
    build: (problems: string[]) => ({ message: `The notification preferences are not valid: ${problems.join('; ')}.`, details: { problems } }),
  },
});
