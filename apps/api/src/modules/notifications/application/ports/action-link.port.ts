/** What a one-click action link is made for (the stop warning's "keep running 1 h / 4 h", "stop now"). */
export interface ActionLinkRequest {
  workerId: string;
  kind: 'stop-warning';
  /** The username, or `channel:<id>` for a channel's message. */
  recipient: string;
  validUntil: Date;
}

/**
 * Makes signed one-click links for a notification (the action-links module, through
 * infrastructure/action-link.adapter.ts).
 */
export abstract class ActionLinkPort {
  abstract linksFor(input: ActionLinkRequest): Promise<{ label: string; url: string }[]>;
}
