/**
 * What the product saved, defined honestly: an automatic stop (idle detection, a schedule, the
 * runtime limit, a reservation's end, a budget) saves the compute hours from the stop until the
 * worker's next start, but at most `capHours` (how long it would otherwise plausibly have run on:
 * nobody can know how long a forgotten worker would have been left). A person's stop saves nothing:
 * the person decided, not the product. Storage keeps costing while stopped, so it is never saved.
 */

export type SavingRule = 'idle-detection' | 'schedule' | 'runtime-limit' | 'reservation' | 'budget';
export const SAVING_RULES: readonly SavingRule[] = ['idle-detection', 'schedule', 'runtime-limit', 'reservation', 'budget'];

/** A stop and what came after it. */
export interface StopRecord {
  at: Date;
  /** What stopped it: a saving rule, or a person (`user`) and anything else that saves nothing. */
  trigger: string;
  /** When it started again; absent while it stays stopped. */
  nextStartAt?: Date;
  /** Its on-demand price when it stopped; undefined when unknown. */
  usdPerHour?: number;
}

export interface Saving {
  rule: SavingRule;
  hours: number;
  usd: number;
  /** Hours whose price is unknown (not in `usd`). */
  unpricedHours: number;
}

export function isSavingRule(trigger: string): trigger is SavingRule {
  return (SAVING_RULES as readonly string[]).includes(trigger);
}

/**
 * The saving of one stop as of `now`: the stopped hours up to the next start, `now` or the cap,
 * whichever comes first. Undefined for a stop that saves nothing.
 */
export function savingOf(stop: StopRecord, now: Date, capHours: number): Saving | undefined {
  if (!isSavingRule(stop.trigger)) return undefined;
  const capAt = stop.at.getTime() + capHours * 3_600_000;
  const until = Math.min(stop.nextStartAt?.getTime() ?? Infinity, now.getTime(), capAt);
  const hours = Math.max(0, (until - stop.at.getTime()) / 3_600_000);
  return stop.usdPerHour === undefined ? { rule: stop.trigger, hours, usd: 0, unpricedHours: hours } : { rule: stop.trigger, hours, usd: hours * stop.usdPerHour, unpricedHours: 0 };
}

/** Savings added up by rule ("idle detection saved $1,240, schedules $3,100"). */
export function savingsByRule(savings: readonly (Saving | undefined)[]): Record<SavingRule, Saving> {
  const out = Object.fromEntries(SAVING_RULES.map((rule) => [rule, { rule, hours: 0, usd: 0, unpricedHours: 0 }])) as Record<SavingRule, Saving>;
  for (const s of savings) {
    if (!s) continue;
    out[s.rule].hours += s.hours;
    out[s.rule].usd += s.usd;
    out[s.rule].unpricedHours += s.unpricedHours;
  }
  return out;
}
