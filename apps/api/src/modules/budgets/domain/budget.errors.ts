import { errorCatalogue } from '#kernel';

/** Codes of the budgets module (docs/cost.md, "Budgets"). */
export const BudgetErrors = errorCatalogue({
  invalid: {
    code: 'BUDGET.INVALID',
    kind: 'invalid',
    meaning: 'The budget cannot be saved; `details.problems` names every problem (no name, an amount not above 0, thresholds not ascending, unique and from 1 to 200, a scope without its owner or tag).',
    build: (problems: string[]) => ({ message: `The budget is not valid: ${problems.join('; ')}.`, details: { problems } }),
  },
  notFound: {
    code: 'BUDGET.NOT_FOUND',
    kind: 'not-found',
    meaning: 'No budget has that id.',
    build: (id: string) => ({ message: `Budget ${id} does not exist.`, details: { budgetId: id } }),
  },
  nameTaken: {
    code: 'BUDGET.NAME_TAKEN',
    kind: 'conflict',
    meaning: 'Another budget has that name; `details.budgetId` names it. Choose another name or change that budget.',
    build: (name: string, budgetId: string) => ({ message: `A budget named "${name}" exists already (${budgetId}); choose another name or change that budget.`, details: { name, budgetId } }),
  },
  monthInvalid: {
    code: 'BUDGET.MONTH_INVALID',
    kind: 'invalid',
    meaning: 'The month is not YYYY-MM (e.g. 2026-12).',
    build: (month: string) => ({ message: `month must be YYYY-MM, e.g. 2026-12; got "${month}".`, details: { month } }),
  },
});
