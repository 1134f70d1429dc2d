/**
 * What a published change replaced, in a few words for readers ("previously …" on a claim's card, on /changes and
 * in the feed): the figure, when it changed; else the fields that did, with what they said. A correction of the
 * words alone ("Where, in words") read "Corrected" with nothing to say what had been wrong.
 */
import { describeFigure } from './buildup';
import { changedFields } from './changed-fields';
import { CLAIM_FIELDS } from './claim-form';
import { formatDate } from './format';
import type { Claim } from './schema';

/** A stored claim's figure in words ("about 90,000 troops"), or null for a statement or no claim. */
export function figureOfBody(body: string | null): string | null {
  if (!body) return null;
  const claim = JSON.parse(body) as Claim;
  return claim.value === null ? null : describeFigure(claim);
}

/**
 * The fields readers are told of by a name of their own: the desk's labels speak to editors ("Where, in words", "Note
 * for readers", "Published on" of what?), and /changes read "previously Said on: “2021-03-12”". Others keep the desk's.
 */
const READER_NAMES: Readonly<Record<string, string>> = {
  claimant: 'said by',
  saidOn: 'said on',
  saidOnNote: 'how the date is known',
  'where.description': 'where',
  'source.outlet': 'outlet',
  'source.published': 'source dated',
  'source.dateNote': "what is known of the source's date",
  'source.title': 'page title',
  'source.url': 'address',
  'source.readAt.published': 'copy dated',
  quote: 'exact words',
  note: 'note',
};
const readerName = (field: { name: string; label: string }) => READER_NAMES[field.name] ?? field.label;

/** Whether a change's `previous` (previousWords) names the words that changed ("said by “…”"), not a figure. */
export const previousIsWording = (previous: string) => CLAIM_FIELDS.some((f) => previous.startsWith(`${readerName(f)} `));

const MAX_FIELDS = 2;
/** A date in words, as every page writes one; other text quoted, and shortened past 120 characters. */
const shown = (field: { type: string }, text: string) =>
  text === '' ? '(none)' : field.type === 'date' ? formatDate(text) : `“${text.length > 120 ? `${text.slice(0, 119)}…` : text}”`;

export function previousWords(before: string | null, after: string | null): string | null {
  const [was, now] = [figureOfBody(before), figureOfBody(after)];
  if (was !== now) return was;
  if (!before || !after) return null;
  const fields = changedFields(JSON.parse(before), JSON.parse(after));
  if (!fields.length) return null;
  const named = fields.slice(0, MAX_FIELDS).map((f) => `${readerName(f)} ${shown(CLAIM_FIELDS.find((spec) => spec.name === f.name)!, f.before)}`);
  return `${named.join('; ')}${fields.length > MAX_FIELDS ? ` (and ${fields.length - MAX_FIELDS} more)` : ''}`;
}
