/**
 * The quote-lacks-its-number problem (geo/schema.ts), said on the quote. The desk reads it back to mark the number
 * too: the number may be the typo, and an editor shown the problem only on "Exact words" changed a right quote.
 */
export const QUOTE_LACKS_NUMBER = "does not contain the claim's own number";
export const UPPER_END = ', the upper end of its range';

/** For a problem on the quote that it lacks the claim's number: the same problem said on the number's own field. */
export function quoteNumberProblem(problem: { field: string; message: string }): { field: 'value' | 'valueHigh'; message: string } | null {
  if (problem.field !== 'quote' || !problem.message.startsWith(QUOTE_LACKS_NUMBER)) return null;
  const upper = problem.message.endsWith(UPPER_END);
  const figure = problem.message.slice(QUOTE_LACKS_NUMBER.length, upper ? -UPPER_END.length : undefined).trim().replace(/^\((.*)\)$/, '$1');
  return { field: upper ? 'valueHigh' : 'value', message: `${figure} is not in the exact words: check the number, or the quote` };
}

/**
 * A range whose upper end is not above its lower end, said the same by the data check and the desk's form (which
 * says it even while the quote is refused: the schema's own check of it waits for every field to be readable).
 */
export function reversedRange(low: number, high: number): string | null {
  const written = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 20 });
  return high > low ? null : `must be greater than the range's lower end: ${written(low)}–${written(high)} is reversed or empty`;
}
