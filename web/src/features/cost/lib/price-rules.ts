/**
 * The server's rules for what admins type, checked before sending so a mistake is named at its
 * field; the server checks the same (PUT /api/cost/prices/..., PUT /api/cost/discount).
 */

/** A price: a number greater than 0. */
export function priceProblem(text: string, unit: string): string | undefined {
  if (!text.trim()) return `Give the price in ${unit}.`;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) return `Give a price greater than 0 ${unit}.`;
  return undefined;
}

/** The discount: 0 or more and less than 100 percent. */
export function discountProblem(text: string): string | undefined {
  if (!text.trim()) return 'Give the discount in percent (0 for none).';
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || n >= 100) return 'Give a discount from 0 to less than 100 %.';
  return undefined;
}
