/**
 * The buildup over time: the dates on which claims were made are the steps a viewer walks, and a date selects
 * what was known then (what was said on or before it).
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The dates claims were made on, in order, each once. */
export function timelineSteps(claims: readonly { saidOn: string }[]): string[] {
  return [...new Set(claims.map((c) => c.saidOn))].sort();
}

/** A date as the address writes it, or null for junk (a real calendar date is required). */
export function readDate(raw: string | null | undefined): string | null {
  if (!raw || !ISO_DATE.test(raw)) return null;
  const [y, m, d] = raw.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? raw : null;
}

/**
 * The step a date selects: the last step on or before it. A date before the first step or after the last one is
 * outside the timeline and selects the latest step, as no date does.
 */
export function stepForDate(steps: readonly string[], date: string | null): number {
  const last = steps.length - 1;
  if (date === null || steps.length === 0 || date < steps[0] || date > steps[last]) return last;
  let step = 0;
  while (step < last && steps[step + 1] <= date) step++;
  return step;
}

/**
 * The day a date shows (the step on or before it), or null for none (the latest): what an export of it is dated and
 * named by, so a date between two days of the timeline is not printed as itself beside a picture of the day before.
 */
export function shownDay(steps: readonly string[], date: string | null): string | null {
  return date === null ? null : steps[stepForDate(steps, date)] ?? null;
}

/** What was known at a step: the claims said on or before its date. */
export function knownAt<C extends { saidOn: string }>(claims: readonly C[], steps: readonly string[], step: number): C[] {
  const date = steps[step];
  return date === undefined ? [...claims] : claims.filter((c) => c.saidOn <= date);
}

/** Whether something shown from step `from` to step `to` is shown at `step`. */
export const shownAt = (span: { from: number; to: number }, step: number) => span.from <= step && step <= span.to;
