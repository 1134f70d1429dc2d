/**
 * A map in words (an exported picture's SVG <desc> and the export dialog's alt text; the pages' map description):
 * the map as describeMap says it, then the numbers that stand on a place without a circle, the invasion on Ukraine
 * above all (once left out of the words). The pages load it with their description's own module, after the first
 * scripts (components/dashboard/map-description.ts).
 */
import { describeMap, whoInSentence } from './describe-map';
import { statementCallouts } from './statement-callouts';

/** The places a number without a circle stands on (geo/statement-callouts.ts), and what such a claim is. */
export const PLACE_WORDS: Record<string, string> = { crimea: 'Crimea', 'eastern-flank': "NATO's eastern flank", ukraine: 'Ukraine', belarus: 'Belarus' };
const KIND_WORDS: Record<string, string> = { status: 'a statement of fact', statement: 'a statement', conditional: 'a conditional statement' };

/** describeMap's words and then the numbers without a circle; the same arguments. */
export function describePicture(...args: Parameters<typeof describeMap>): string {
  const [buildup, step = buildup.steps.length - 1, drawn = buildup.claims, hidden = []] = args;
  const day = buildup.steps[step] ?? buildup.asOf;
  const notes = hidden.includes('figures') ? [] : statementCallouts(drawn.filter((c) => c.saidOn <= day)).map((c) =>
    `source ${c.footnote} on ${PLACE_WORDS[c.where.geometry] ?? c.where.description}, ${KIND_WORDS[c.kind] ?? c.kind} by ${whoInSentence(c.claimant, null)}`);
  const map = describeMap(...args);
  return notes.length > 0 ? `${map} Numbers without a circle mark what was said of a place: ${notes.join('; ')}.` : map;
}
