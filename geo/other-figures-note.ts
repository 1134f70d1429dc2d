/**
 * A note for an editor when a claim's exact words hold figures besides its own ("the US estimates that Moscow
 * currently has 70,000 troops …, against the approximately 94,000 reported by Kiev"): a slip of the number field
 * there gives the figure to the wrong claimant, and every check passes, as the number is in the quote.
 */
import { formatNumber } from './format';

/** A number of a thousand or more as a quote writes it: 94,000, 94.000, 94 000 or 94000 (not a year: 2021). */
const FIGURE = /(?<![\d.,])(?:\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d{5,})(?![\d]|[.,]\d)/g;

export function otherFiguresNote(claim: { quote: string; value: number | null; valueHigh?: number; claimant: string }): string | null {
  if (claim.value === null) return null;
  const own = [claim.value, claim.valueHigh];
  const others = [...new Set([...claim.quote.matchAll(FIGURE)].map((m) => Number(m[0].replace(/[,.\u00a0 ]/g, ''))))]
    .filter((n) => n >= 1000 && !own.includes(n));
  if (!others.length) return null;
  const figure = claim.valueHigh === undefined ? formatNumber(claim.value) : `${formatNumber(claim.value)}–${formatNumber(claim.valueHigh)}`;
  return `The exact words hold other figures too (${others.map(formatNumber).join(', ')}): check that ${figure} is this claim's, and that the words give it to ${claim.claimant.replace(/\.$/, '')}.`;
}
