/**
 * What a published change replaced, in a few words for readers ("previously …" on a claim's card, on /changes and
 * in the feed): the figure, when it changed; else the fields that did, with what they said. A correction of the
 * words alone ("Where, in words") read "Corrected" with nothing to say what had been wrong.
 */
import { describeFigure } from './buildup';
import { changedFields } from './changed-fields';
import { CLAIM_FIELDS, type FieldSpec } from './claim-form';
import { formatDate } from './format';
import type { Claim } from './schema';
import { scopeDetail } from './scope-words';

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
  // "previously no how the date is known" read as a slip: a noun phrase.
  saidOnNote: 'note on the date',
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

/** A field that had nothing before, said as readers would: "note (none)" read as a desk's placeholder. */
const nothing = (name: string) => `no ${name}`;

/** The scope, said whole as the card says it: its fields one by one read "Counts Crimea (none)", a desk's label. */
const SCOPE_WORDS = 'what it counted';
const isScope = (name: string) => name.startsWith('scope.');

/** Whether a change's `previous` (previousWords) names the words that changed ("said by “…”"), not a figure. */
export const previousIsWording = (previous: string) =>
  previous.startsWith(`${SCOPE_WORDS} `) || CLAIM_FIELDS.some((f) => previous.startsWith(`${readerName(f)} `) || previous.startsWith(`${nothing(readerName(f))}`));

const MAX_FIELDS = 2;
/** A date in words, as every page writes one; a choice by its words; other text quoted, shortened past 120 characters. */
function shown(field: FieldSpec, text: string): string {
  if (field.type === 'date') return formatDate(text);
  const option = field.options?.find(([value]) => value === text)?.[1];
  if (option) return option;
  return `“${text.length > 120 ? `${text.slice(0, 119)}…` : text}”`;
}

export function previousWords(before: string | null, after: string | null): string | null {
  const [was, now] = [figureOfBody(before), figureOfBody(after)];
  if (was !== now) return was;
  if (!before || !after) return null;
  const fields = changedFields(JSON.parse(before), JSON.parse(after));
  if (!fields.length) return null;
  const scope = (JSON.parse(before) as Claim).scope;
  const items: { name: string; words: string }[] = [];
  for (const f of fields) {
    if (isScope(f.name)) {
      if (!items.some((item) => item.name === SCOPE_WORDS)) items.push({ name: SCOPE_WORDS, words: `${SCOPE_WORDS} “${scope ? scopeDetail(scope) : 'not given'}”` });
      continue;
    }
    const name = readerName(f);
    items.push({ name, words: f.before === '' ? nothing(name) : `${name} ${shown(CLAIM_FIELDS.find((spec) => spec.name === f.name)!, f.before)}` });
  }
  // Past the first few, what else changed is named, not counted: "(and 1 more)" hid a changed fact from readers.
  const rest = items.slice(MAX_FIELDS).map((item) => item.name);
  return `${items.slice(0, MAX_FIELDS).map((item) => item.words).join('; ')}${rest.length ? `; also changed: ${rest.join(', ')}` : ''}`;
}
