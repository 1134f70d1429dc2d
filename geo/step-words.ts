/** The words a screen reader hears for a date of the timeline (the date slider's value and its live region). */
import { formatValue, type ClaimSummary } from './buildup';
import { formatDate, shortened } from './format';
import { figureScope } from './scope-words';
import { SERIES_LABELS } from './series';

/**
 * A figure as the slider says it: with its qualifier ("nearly 100,000" is not 100,000) and any unit but troops,
 * which every figure on the slider counts unless it says otherwise ("100 battalion tactical groups").
 */
const spokenFigure = (c: ClaimSummary) => [c.qualifier, formatValue(c), c.unit === 'troops' ? null : c.unit].filter(Boolean).join(' ');

/**
 * A status in its own words, whole up to its first sentence's end where that is short enough to hear: cut at 60
 * characters, 24 February read "Russian troops have launched a…", a broken sentence.
 */
const STATUS_CHARS = 170;
function statusWords(quote: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/.exec(quote)?.[0] ?? quote;
  return shortened(sentence.replace(/[.!?]$/, ''), STATUS_CHARS);
}

/** What a screen reader says for a step: "18 February 2022: 169,000 to 190,000, U.S. government". */
export function stepText(date: string, claims: readonly ClaimSummary[]): string {
  const said = claims.filter((c) => c.saidOn === date).map((c) => (c.value !== null
    // With the few words of scope the chart writes: "127,000 (ground only)" and "147,000 (with naval and air)" are
    // one statement's two counts, not a change.
    ? `${spokenFigure(c)}${figureScope(c).place}${figureScope(c).tag ? ` (${figureScope(c).tag})` : ''}, ${c.series ? SERIES_LABELS[c.series] : c.claimant}`
    // A statement says what kind it is (a claimant alone, "A senior U.S. administration official", read as a
    // fragment); a status says its few words.
    : c.kind === 'status' ? `${c.claimant}: ${statusWords(c.quote ?? '')}` : `a statement by ${c.claimant.replace(/^(A|An|The) /, (article) => article.toLowerCase())}`));
  return `${formatDate(date)}: ${said.join('; ')}`;
}

const counted = (n: number, word: string) => (n ? `${n} ${word}${n === 1 ? '' : 's'}` : '');

/**
 * What is said while Play walks a step a second: the date and how much was said that day ("6 December 2021: 4 figures,
 * 2 statements"). Every figure in words took longer than the second a step lasts, and the announcements piled up.
 */
export function playText(date: string, claims: readonly ClaimSummary[]): string {
  const that = claims.filter((c) => c.saidOn === date);
  const figures = that.filter((c) => c.value !== null).length;
  return `${formatDate(date)}: ${[counted(figures, 'figure'), counted(that.length - figures, 'statement')].filter(Boolean).join(', ')}`;
}
