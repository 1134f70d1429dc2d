/** Words the exports print (numbers and dates from geo/format.ts, citations from geo/citation.ts, as on the page). */
import { claimChangeText } from '../change-words';
import { describeFigure, type NumberedClaim } from '../buildup';
import { briefCitationText, citationText } from '../citation';
import { quoted } from '../format';

const QUOTE_CHARS = 110;

/** What the claim says in a few words: "more than 90,000 troops", or a text claim's quote, shortened. */
export function claimFigure(claim: NumberedClaim): string {
  if (claim.value !== null) return describeFigure(claim);
  const chars = [...claim.quote];
  const quote = chars.length > QUOTE_CHARS ? `${chars.slice(0, QUOTE_CHARS).join('').trimEnd()}…` : claim.quote;
  return quoted(quote);
}

/**
 * One source line: figure, who claims it, then the citation: `more than 90,000 troops: Ukrainian officials. RFE/RL,
 * written before the 7 December 2021 videoconference (read in a republication by US News, 18 January 2022): “…”.`
 * A source already cited in the list above is named by its outlet and the entry that cites it ("RFE/RL, as in 1").
 * `brief` leaves out the page's title (briefCitationText), for a list short of room.
 */
export function sourceText(claim: NumberedClaim, listedBefore: readonly NumberedClaim[] = [], brief = false): string {
  const same = listedBefore.find((c) => c.source.url === claim.source.url && citationText(c.source) === citationText(claim.source));
  const citation = same ? `${claim.source.outlet}, as in ${same.footnote}` : brief ? briefCitationText(claim.source) : citationText(claim.source);
  // A corrected figure says so on the image, as on the page (geo/change-words.ts).
  const corrections = (claim.changes ?? []).filter((c) => c.change === 'correction').map((c) => ` ${claimChangeText(c).replace(/\.$/, '')}.`).join('');
  return `${claimFigure(claim)}: ${claim.claimant}. ${citation}.${corrections}`;
}
