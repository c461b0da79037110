import { actorSchema, aggregateDocumentSchema, nestedSchema } from '#persistence';

/** The collection of the fleet's price settings and its model name (ADR 0028, ADR 0046). */
export const PRICE_SETTINGS_COLLECTION = 'price_settings';
export const PRICE_SETTINGS_MODEL = 'PriceSettings';

/** One change of an admin's price: `usd` null is the override cleared. */
const changeSchema = nestedSchema({ at: String, usd: Number, by: actorSchema });

/**
 * The one document of `PriceSettingsState`: every change of every admin price and of the discount,
 * oldest first, kept because a change applies from its moment on and reports of earlier months
 * read the price then (a few hundred bytes a change; admins change prices rarely).
 */
export const priceSettingsSchema = aggregateDocumentSchema(
  {
    instances: [nestedSchema({ region: String, instanceType: String, changes: [changeSchema] })],
    storage: [nestedSchema({ region: String, volumeType: String, changes: [changeSchema] })],
    discount: [nestedSchema({ at: String, percent: Number, by: actorSchema })],
  },
  { collection: PRICE_SETTINGS_COLLECTION },
);
