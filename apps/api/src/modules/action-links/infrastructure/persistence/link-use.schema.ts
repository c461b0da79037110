import { Schema } from 'mongoose';
import { SCHEMA_DEFAULTS } from '#persistence';

export const LINK_USES_COLLECTION = 'action_link_uses';
export const LINK_USE_MODEL = 'ActionLinkUse';

/**
 * One used action link, the link's nonce as `_id`: inserting it is the atomic "use once" (a second
 * insert fails on the key; no transaction needed). Kept until the link expires.
 */
export const linkUseSchema = new Schema(
  {
    _id: { type: String, required: true },
    workerId: String,
    action: String,
    recipient: String,
    usedAt: String,
    expiresAt: Date,
  },
  { ...SCHEMA_DEFAULTS, versionKey: false, collection: LINK_USES_COLLECTION },
);

// Gone once the link expired (it is refused as expired from then on anyway).
linkUseSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });
