/** Words the exports print (numbers and dates from geo/format.ts, the same as on the page). */
import { describeFigure, type NumberedClaim } from '../buildup';
import { formatDate } from '../format';

const QUOTE_CHARS = 110;

/** What the claim says in a few words: "more than 90,000 troops", or a status claim's quote, shortened. */
export function claimFigure(claim: NumberedClaim): string {
  if (claim.value !== null) return describeFigure(claim);
  const chars = [...claim.quote];
  const quote = chars.length > QUOTE_CHARS ? `${chars.slice(0, QUOTE_CHARS).join('').trimEnd()}…` : claim.quote;
  return `“${quote}”`;
}

/** One source line: figure, who claims it, where it was published and when. */
export function sourceText(claim: NumberedClaim): string {
  const { publisher, title, published } = claim.source;
  return `${claimFigure(claim)}: ${claim.claimant}. ${publisher}, “${title}”, ${formatDate(published)}.`;
}

export const kindLabel = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1);
