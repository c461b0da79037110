/** One use of a link, kept until the link expires. */
export interface LinkUse {
  nonce: string;
  workerId: string;
  action: string;
  recipient: string;
  usedAt: Date;
  /** When the record may go: the link's own expiry (it is refused as expired after that anyway). */
  expiresAt: Date;
}

/** Which links were used: the "once" of a one-click link. */
export abstract class UsedLinks {
  /** When the link with this nonce was used, or undefined when it was not. */
  abstract usedAt(nonce: string): Promise<Date | undefined>;
  /** Records the use in one atomic step; false when it was recorded before (another click won). */
  abstract claim(use: LinkUse): Promise<boolean>;
  /** Forgets a use whose action failed, so the link can be tried again while it is valid. */
  abstract release(nonce: string): Promise<void>;
}
