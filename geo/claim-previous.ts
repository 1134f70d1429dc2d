/**
 * What a published change replaced, in a few words for readers ("previously …" on a claim's card, on /changes and
 * in the feed): the figure, when it changed; else the fields that did, with what they said. A correction of the
 * words alone ("Where, in words") read "Corrected" with nothing to say what had been wrong.
 */
import { describeFigure } from './buildup';
import { changedFields } from './changed-fields';
import { CLAIM_FIELDS } from './claim-form';
import type { Claim } from './schema';

/** A stored claim's figure in words ("about 90,000 troops"), or null for a statement or no claim. */
export function figureOfBody(body: string | null): string | null {
  if (!body) return null;
  const claim = JSON.parse(body) as Claim;
  return claim.value === null ? null : describeFigure(claim);
}

/** Whether a change's `previous` (previousWords) names the words that changed ("Who says it: “…”"), not a figure. */
export const previousIsWording = (previous: string) => CLAIM_FIELDS.some((f) => previous.startsWith(`${f.label}: `));

const MAX_FIELDS = 2;
const shown = (text: string) => (text === '' ? 'empty' : `“${text.length > 120 ? `${text.slice(0, 119)}…` : text}”`);

export function previousWords(before: string | null, after: string | null): string | null {
  const [was, now] = [figureOfBody(before), figureOfBody(after)];
  if (was !== now) return was;
  if (!before || !after) return null;
  const fields = changedFields(JSON.parse(before), JSON.parse(after));
  if (!fields.length) return null;
  const named = fields.slice(0, MAX_FIELDS).map((f) => `${f.label}: ${shown(f.before)}`);
  return `${named.join('; ')}${fields.length > MAX_FIELDS ? ` (and ${fields.length - MAX_FIELDS} more)` : ''}`;
}
