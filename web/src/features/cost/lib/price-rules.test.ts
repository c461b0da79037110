import { describe, expect, it } from 'vitest';
import { discountProblem, priceProblem } from './price-rules';

describe('what an admin may type as a price', () => {
  it.each([
    ['4.08', undefined],
    ['0.0001', undefined],
    ['0', 'Give a price greater than 0 USD per hour.'],
    ['-1', 'Give a price greater than 0 USD per hour.'],
    ['abc', 'Give a price greater than 0 USD per hour.'],
    ['', 'Give the price in USD per hour.'],
  ])('"%s" → %s', (text, problem) => {
    expect(priceProblem(text, 'USD per hour')).toBe(problem);
  });
});

describe('what an admin may type as the discount', () => {
  it.each([
    ['0', undefined],
    ['12.5', undefined],
    ['99.99', undefined],
    ['100', 'Give a discount from 0 to less than 100 %.'],
    ['-0.1', 'Give a discount from 0 to less than 100 %.'],
    ['', 'Give the discount in percent (0 for none).'],
  ])('"%s" → %s', (text, problem) => {
    expect(discountProblem(text)).toBe(problem);
  });
});
