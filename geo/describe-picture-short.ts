/**
 * An exported picture's short alt text, for a social post: at most SHORT_ALT_LIMIT characters, what X takes for an
 * image's description. The whole description (describe-picture.ts: every figure with its scope, its claimant's office
 * and occasion, and how it is drawn) runs to about 2,100 characters on the latest day, and the export dialog could
 * only say "shorten it there". This keeps the date, Crimea, each drawn figure with where it stands, who counts it and
 * its source's number, and the numbers without a circle; the sources themselves are on the picture, or at its address.
 * Where even that is too long, the numbers without a circle go first, then Crimea's words, then the figures said
 * earliest, counted ("and 3 more figures").
 */
import { type Buildup, type ClaimSummary, describeFigure, occupationYear } from './buildup';
import { type MapInView, whoInSentence } from './describe-map';
import { PLACE_WORDS } from './describe-picture';
import { figuresAt, figureStacks } from './figure-stacks';
import { formatDate } from './format';
import { figureScope } from './scope-words';
import { SERIES_LABELS } from './series';
import { statementCallouts } from './statement-callouts';

/** The longest image description X takes (Mastodon takes 1,500, Bluesky 2,000). */
export const SHORT_ALT_LIMIT = 1000;

const verbOf = (c: ClaimSummary) => (c.kind === 'projection' ? 'projected by' : c.kind === 'estimate' ? 'estimated by' : /\breport\b/i.test(c.claimant) ? 'reported in' : 'reported by');

/** "147,000 troops, reported by Ukraine's officials (35)": who counts it, or its claimant where no one series does. */
function figureWords(c: ClaimSummary): string {
  // In a sentence: "estimated by the U.S. government", not "by U.S. government" (the key's label).
  const who = c.series ? SERIES_LABELS[c.series].replace(/^U\.S\./, 'the U.S.') : whoInSentence(c.claimant, null);
  return `${describeFigure(c)}${figureScope(c).place}, ${verbOf(c)} ${who} (${c.footnote})`;
}

/** describePicture's arguments; the same picture in at most `limit` characters. */
export function shortDescription(
  buildup: Pick<Buildup, 'steps' | 'asOf'> & { claims: readonly ClaimSummary[] },
  step = buildup.steps.length - 1,
  drawn: readonly ClaimSummary[] = buildup.claims,
  hidden: readonly string[] = [],
  inView: MapInView | null = null,
  limit = SHORT_ALT_LIMIT,
): string {
  const day = buildup.steps[step] ?? buildup.asOf;
  const year = occupationYear(buildup);
  const crimea = inView === null || inView.areas.has('crimea')
    ? ` Crimea is marked as Ukrainian territory occupied by Russia${year ? ` since ${year}` : ''}.`
    : '';
  const shownFigures = hidden.includes('figures') ? [] : figuresAt(figureStacks(drawn, buildup.steps), step).map(({ claim }) => claim);
  const statements = hidden.includes('figures') ? [] : statementCallouts(drawn.filter((c) => c.saidOn <= day));
  const notes = statements.length > 0
    ? ` Numbers without a circle mark what was said of a place: ${statements.map((c) => `${c.footnote} on ${PLACE_WORDS[c.where.geometry] ?? c.where.description}`).join(', ')}.`
    : '';
  const lead = `Map of Ukraine and its neighbours as of ${formatDate(day)}.`;
  const figures = (kept: readonly ClaimSummary[]) => {
    if (shownFigures.length === 0) return '';
    const left = shownFigures.length - kept.length;
    const more = left > 0 ? `; and ${left} more figure${left === 1 ? '' : 's'}` : '';
    return ` Circles sized by number show troop figures, each with its source's number: ${kept.map(figureWords).join('; ')}${more}.`;
  };
  const tries = [
    () => `${lead}${crimea}${figures(shownFigures)}${notes}`,
    () => `${lead}${crimea}${figures(shownFigures)}`,
    () => `${lead}${figures(shownFigures)}`,
  ];
  for (const attempt of tries) {
    const text = attempt();
    if (text.length <= limit) return text;
  }
  // The newest figures are what the picture is as of: those said earliest give way, counted.
  const newestFirst = [...shownFigures].sort((a, b) => b.saidOn.localeCompare(a.saidOn));
  for (let keep = newestFirst.length - 1; keep >= 0; keep--) {
    const kept = new Set(newestFirst.slice(0, keep));
    const text = `${lead}${figures(shownFigures.filter((c) => kept.has(c)))}`;
    if (text.length <= limit) return text;
  }
  return lead.slice(0, limit);
}
