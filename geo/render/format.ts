/** Words the exports print (numbers and dates from geo/format.ts, citations from geo/citation.ts, as on the page). */
import { type ClaimChange, describeFigure, type NumberedClaim } from '../buildup';
import { briefCitationText, citationText } from '../citation';
import { previousIsWording } from '../claim-previous';
import { formatDate, quoted, shortened } from '../format';
import { figureScope, scopeBesidePlace } from '../scope-words';

/**
 * A statement's words on an image: whole in a list written whole (up to WHOLE_QUOTE_CHARS, as under the embed's map),
 * cut at a word's end in a shorter list. Cut at 110 in every list, source 15 read "'there would be an increasing request
 * from…'" on a slide with room to spare, and never said what the official said would follow.
 */
const QUOTE_CHARS = 110;
const WHOLE_QUOTE_CHARS = 300;


/**
 * Whether a projection's own qualifier already says it is one ("could eventually reach", "if this trend continues,
 * soon"): "more than 30,000 troops" does not, and read as a count.
 */
const saysItIsAPlan = (qualifier: string | null | undefined) => Boolean(qualifier && /\b(could|would|will|may|might|soon|if|plan\w*|intend\w*|expect\w*)\b/i.test(qualifier));

/**
 * What the claim says in a few words: "more than 148,000 troops (total of all forces)", or a text claim's quote,
 * shortened. A figure carries its scope, as on the page: 148,000 of all forces beside 127,000 ground troops is not
 * growth, and an image without the words invited that reading. The scope as the page's panel says it ("in and near
 * Ukraine, counting Belarus, Crimea, the National Guard, separatists") in every form of the list, which gives up the
 * pages' titles and the claimants' offices first: the chart's few words ("…, with Belarus"), once on every image,
 * were read as the figure's whole scope, and a run-in list dropped "counting Crimea" from some figures and not others.
 * A projection says it is one: "30,000 troops near the Belarus–Ukraine border" read as a count. `few words`: the chart's
 * ("in and near Ukraine, with Belarus"), for a run-in list that lists more sources with them (sources.ts).
 */
export function claimFigure(claim: NumberedClaim, scopeIn: ScopeWords = 'whole', quoteChars = QUOTE_CHARS): string {
  if (claim.value !== null) {
    const { place, tag } = figureScope(claim);
    // Said where its own words do not ("could eventually reach" does): "30,000 troops …" alone read as a count.
    const about = [claim.kind === 'projection' && !saysItIsAPlan(claim.qualifier) ? 'projection' : null, scopeIn === 'few words' ? tag : scopeBesidePlace(claim.scope, place)].filter(Boolean).join('; ');
    return `${describeFigure(claim)}${place}${about ? ` (${about})` : ''}`;
  }
  // At a word's end: cut inside "Eastern", source 15's request came "from East…".
  return quoted(shortened(claim.quote, quoteChars));
}

/**
 * How much of a source line an image has room for: `whole`; `brief`, without the page's title (briefCitationText);
 * `short`, that and the claimant's name alone ("Oleksii Reznikov", not "…, Defence Minister of Ukraine, at a
 * briefing at Ukrinform"): outlet, date and where it was read always stay, all that "How to cite" asks.
 */
export type SourceForm = 'whole' | 'brief' | 'short';
/** A figure's scope as the page's panel says it, or the chart's few words (the run-in list's last resort). */
export type ScopeWords = 'whole' | 'few words';

/**
 * A correction as an image lists it: its day, and the figure it replaced. The editor's note and the words it put right
 * are on the sources page the image prints and in its metadata: whole, a correction of a claimant's wording took three
 * lines of a social card's list, which then named two sources fewer.
 */
const correctionOnImage = (c: ClaimChange) => ` Corrected ${formatDate(c.date)}${c.previous && !previousIsWording(c.previous) ? `, previously ${c.previous}` : ''}.`;

/**
 * One source line: figure, who claims it, then the citation: `more than 90,000 troops: Ukrainian officials. RFE/RL,
 * written before the 7 December 2021 videoconference (read in a republication by US News, 18 January 2022): “…”.`
 * A source already cited in the list above is named by its outlet and the entry that cites it ("RFE/RL, as in 1").
 */
export function sourceText(claim: NumberedClaim, listedBefore: readonly NumberedClaim[] = [], form: SourceForm = 'whole', scopeIn: ScopeWords = 'whole'): string {
  const same = listedBefore.find((c) => c.source.url === claim.source.url && citationText(c.source) === citationText(claim.source));
  const citation = same ? `${claim.source.outlet}, as in ${same.footnote}` : form === 'whole' ? citationText(claim.source) : briefCitationText(claim.source);
  // A corrected figure says so on the image, as on the page (geo/change-words.ts).
  const corrections = (claim.changes ?? []).filter((c) => c.change === 'correction').map(correctionOnImage).join('');
  const claimant = form === 'short' ? claim.claimant.split(', ')[0] : claim.claimant;
  // A claim its outlet makes (a news agency's own report) names the outlet once, not "RFE/RL. RFE/RL, as in 5".
  const who = claimant === claim.source.outlet ? '' : `${claimant}. `;
  return `${claimFigure(claim, scopeIn, form === 'whole' ? WHOLE_QUOTE_CHARS : QUOTE_CHARS)}: ${who}${citation}.${corrections}`;
}
