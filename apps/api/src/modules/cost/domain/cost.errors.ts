import { errorCatalogue } from '#kernel';

/** Codes of the cost module: prices, overrides and the discount (docs/cost.md, "Prices"). */
export const CostErrors = errorCatalogue({
  priceInvalid: {
    code: 'COST.PRICE_INVALID',
    kind: 'invalid',
    meaning: 'The price cannot be set; `details.problems` names every problem (a region that is not shaped like an AWS region, an instance type or volume type that is not one, a price that is not more than 0).',
    build: (problems: string[]) => ({ message: `The price cannot be set: ${problems.join('; ')}.`, details: { problems } }),
  },
  discountInvalid: {
    code: 'COST.DISCOUNT_INVALID',
    kind: 'invalid',
    meaning: 'The discount is a percentage from 0 (none) to less than 100; `details.percent` is what was given.',
    build: (percent: number) => ({
      message: `The discount must be a percentage from 0 up to (not including) 100, e.g. 28 for a 28 % savings plan; ${String(percent)} is not.`,
      details: { percent },
    }),
  },
  overrideNotFound: {
    code: 'COST.OVERRIDE_NOT_FOUND',
    kind: 'not-found',
    meaning: 'No admin price is set for that type (or volume type) in that region, so there is nothing to clear; the list price is in force already.',
    build: (what: string, region: string) => ({ message: `No price is set for ${what} in ${region}; the list price is in force already (GET /api/cost/prices).`, details: { what, region } }),
  },
});
