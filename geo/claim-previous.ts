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
  'source.readAt.publisher': 'read at',
  'source.readAt.how': 'read',
  'where.geometry': 'drawn',
  quote: 'exact words',
  note: 'note',
};
const readerName = (field: { name: string; label: string }) => READER_NAMES[field.name] ?? field.label;

/**
 * A field's name in "also changed: …", where a name stands alone: "copy dated" and the desk's "How it was read" read
 * as slips there ("also changed: How it was read, copy dated").
 */
const LISTED_NAMES: Readonly<Record<string, string>> = {
  'source.readAt.published': "the copy's date",
  'source.readAt.publisher': 'where it was read',
  'source.readAt.how': 'how it was read',
  'where.geometry': 'where it is drawn',
};
const listedName = (field: { name: string; label: string }) => LISTED_NAMES[field.name] ?? readerName(field);

/**
 * A choice in readers' words where the data's own are codes: readers were told "previously … Where on the map
 * border-zone".
 */
const VALUE_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'where.geometry': {
    'border-zone': 'with the border-wide figures, inside Russia', crimea: 'on Crimea', belarus: 'in Belarus', russia: 'in Russia',
    'eastern-flank': "on NATO's eastern flank", ukraine: 'on Ukraine', region: 'over the whole region',
  },
  'source.readAt.how': { republication: 'in a republication', digest: 'in a digest', quotation: 'in a quotation', copy: 'in a copy' },
};

/** A field that had nothing before, said as readers would: "note (none)" read as a desk's placeholder. */
const NOTHING_WORDS: Readonly<Record<string, string>> = {
  // "no Read at (publisher of the copy)": the page was read where it was published.
  'source.readAt.publisher': 'read on the page itself',
  'source.readAt.how': 'read on the page itself',
  'source.readAt.published': 'read on the page itself',
};
const nothing = (name: string, field?: string) => (field && NOTHING_WORDS[field]) || `no ${name}`;

/** The scope, said whole as the card says it: its fields one by one read "Counts Crimea (none)", a desk's label. */
const SCOPE_WORDS = 'what it counted';
const isScope = (name: string) => name.startsWith('scope.');

/** Whether a change's `previous` (previousWords) names the words that changed ("said by “…”"), not a figure. */
export const previousIsWording = (previous: string) =>
  previous.startsWith(`${SCOPE_WORDS} `) || CLAIM_FIELDS.some((f) => previous.startsWith(`${readerName(f)} `) || previous.startsWith(`${nothing(readerName(f), f.name)}`));

const MAX_FIELDS = 2;
/** A date in words, as every page writes one; a choice by its words; other text quoted, shortened past 120 characters. */
function shown(field: FieldSpec, text: string): string {
  if (field.type === 'date') return formatDate(text);
  const words = VALUE_WORDS[field.name]?.[text];
  if (words) return words;
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
    const words = f.before === '' ? nothing(name, f.name) : `${name} ${shown(CLAIM_FIELDS.find((spec) => spec.name === f.name)!, f.before)}`;
    // A copy added or taken away changes its three fields; "read on the page itself" says it once.
    if (items.some((item) => item.words === words)) continue;
    items.push({ name: listedName(f), words });
  }
  // Past the first few, what else changed is named, not counted: "(and 1 more)" hid a changed fact from readers.
  const rest = items.slice(MAX_FIELDS).map((item) => item.name);
  return `${items.slice(0, MAX_FIELDS).map((item) => item.words).join('; ')}${rest.length ? `; also changed: ${rest.join(', ')}` : ''}`;
}
