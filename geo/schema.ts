/**
 * What valid data is: the one place that says it. Every loader (build check, API, page) parses through here,
 * and every rejection names the file, the claim or scene, and the field.
 */
import { z } from 'zod';
import { LONG_TEXT_MAX, TEXT_MAX, URL_MAX } from './text-limits';

/** What a value is, as an editor reads it: `a string ("95000")`, `null`, `a list`. */
function described(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return `a string (${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)})`;
  if (typeof input === 'number') return `the number ${input}`;
  return typeof input === 'object' ? 'an object' : `a ${typeof input} (${String(input)})`;
}
const WANTED: Record<string, string> = { number: 'a number', string: 'text', object: 'an object of named fields', array: 'a list', boolean: 'true or false' };

// Zod's own defaults read "Invalid input: expected number, received string" and "Unrecognized key": said in words
// instead, naming what came (a field left out says it is missing).
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type') {
      return issue.input === undefined ? 'is missing' : `must be ${WANTED[issue.expected] ?? issue.expected}, not ${described(issue.input)}`;
    }
    if (issue.code === 'unrecognized_keys') {
      const names = issue.keys.map((key) => `"${key}"`).join(', ');
      return `has ${issue.keys.length > 1 ? 'fields' : 'a field'} it does not know: ${names} (a misspelling?)`;
    }
    return undefined;
  },
});
import { formatDate } from './format';
import { PLACEHOLDER } from './placeholder';

import { CLAIM_KINDS, DATED_BY, FIGURE_KINDS, INCLUDED, PLACE_GEOMETRIES, READ_HOW, SCOPE_AREAS, SCOPE_COMPONENTS, SCOPE_INCLUDES, UNITS, CLAIM_ID, CLAIM_ID_RULE } from './claim-words';
import { SERIES } from './series';
import { QUOTE_LACKS_NUMBER, reversedRange, UPPER_END } from './quote-number';
import { missingGlyphs } from './render/text-metrics';

export * from './claim-words';
export { SERIES, SERIES_LABELS } from './series';

/** A calendar date that exists: 2021-02-30 is refused (Date.parse would roll it over). */
function realDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
/** What a date of the right form that no calendar has (2021-13-45) is told. */
export const REAL_DATE_RULE = 'must be a real calendar date';
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true }).refine(realDate, REAL_DATE_RULE);
/** What RFC 3986 lets an address hold only encoded, and what would break a citation's markup: an address bar encodes them. */
const NOT_IN_URL = /[\s"<>\\`]/;
const URL_CHARACTER_NAMES: Readonly<Record<string, string>> = { '"': 'a double quote', '<': 'an angle bracket', '>': 'an angle bracket', '\\': 'a backslash', '`': 'a backtick' };
/**
 * The address of a page read: http(s), as an address bar would show it, short enough for every browser and citation,
 * and with no user name or password (which a citation would print to readers).
 */
const httpUrl = z.string().max(URL_MAX, { error: (issue) => `must be at most ${URL_MAX.toLocaleString('en-US')} characters${typeof issue.input === 'string' ? ` (this has ${issue.input.length.toLocaleString('en-US')})` : ''}`, abort: true }).superRefine((s, ctx) => {
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    url = new URL('invalid:');
  }
  const odd = s.match(NOT_IN_URL);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') ctx.addIssue({ code: 'custom', message: 'must be an http(s) URL' });
  else if (odd) ctx.addIssue({ code: 'custom', message: `holds ${URL_CHARACTER_NAMES[odd[0]] ?? 'a space or a line break'}, which an address has only encoded (${encodeURIComponent(odd[0])}): copy the address from the browser's address bar` });
  else if (url.username || url.password) ctx.addIssue({ code: 'custom', message: 'holds a user name or password before the host ("name:password@"), which the citation would print: leave it out' });
});
/**
 * C0 and C1 control characters (a tab, a line feed or a carriage return is allowed only in quotes and notes), and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make a figure read
 * backwards on screen while the data holds another. The marks right-to-left text needs (U+200E, U+200F, U+061C)
 * stay allowed.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LINE_BREAK = /[\n\r\t]/;
/**
 * The control character `text` holds that no published text may (CONTROL; a line break too unless `lines`), named; null
 * when none. The claims' fields and the public notes of the desk's revisions and retractions are held to it.
 */
export function controlCharacterProblem(text: string, lines = false): string | null {
  const found = text.match(CONTROL) ?? (lines ? null : text.match(LINE_BREAK));
  return found ? `contains a control character (U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}), which no published text may hold` : null;
}
/** Text a person typed: trimmed, not empty, at most `max` characters, without control characters. */
const words = (max: number, lines = false, missing?: string) => z.string(missing ? { error: (issue) => (issue.input === undefined ? missing : undefined) } : undefined)
  .trim().min(1, missing ? `must not be empty: ${missing.replace(/^is missing: /, '')}` : 'must not be empty')
  .max(max, { error: (issue) => `must be at most ${max.toLocaleString('en-US')} characters${typeof issue.input === 'string' ? ` (this has ${issue.input.length.toLocaleString('en-US')})` : ''}` })
  .superRefine((s, ctx) => {
    const problem = controlCharacterProblem(s, lines);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
const text = words(TEXT_MAX);
/** Quotes and notes: longer, and may break lines. */
const longText = words(LONG_TEXT_MAX, true);
/** A choice's problem: the choices quoted where one holds a comma ("ground", "ground, naval and air"), to read apart. */
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => {
  const list = values.some((v) => v.includes(',')) ? values.map((v) => `"${v}"`).join(', ') : values.join(', ');
  return z.enum(values, { error: (issue) => (issue.input === undefined ? `is missing: choose one of ${list}` : `must be one of ${list}`) });
};

export const ReadAtSchema = z.object({
  /** Who published the copy that was read (an outlet, or a host name when it names none). */
  publisher: text,
  how: oneOf(READ_HOW),
  /** The copy's own date, when it shows one. */
  published: isoDate.nullable(),
});

/**
 * Where the words come from. A citation names the original outlet and its date (or what is known of it), and
 * where the text was read when that is a republication, a digest or a quotation. A title is the page's own title
 * as stored (printed in quotation marks); a page whose title is not known gets a description (never quoted).
 */
export const SourceSchema = z.object({
  outlet: text,
  published: isoDate.nullable(),
  dateNote: text.optional(),
  title: text.nullable(),
  description: text.optional(),
  /** The page that was read. */
  url: httpUrl,
  readAt: ReadAtSchema.optional(),
}, {
  error: (issue) => (issue.input === undefined ? 'is missing: a claim without a source cannot exist' : 'must be an object'),
}).superRefine((source, ctx) => {
  if (source.published === null && !source.dateNote) {
    ctx.addIssue({ code: 'custom', path: ['dateNote'], message: 'is missing: without a publication date, say what is known of it' });
  }
  if (source.title === null && !source.description) {
    ctx.addIssue({ code: 'custom', path: ['description'], message: 'is missing: a page without a known title needs a description' });
  }
  if (source.title !== null && source.description) {
    ctx.addIssue({ code: 'custom', path: ['description'], message: 'must be left out when the page\'s own title is given' });
  }
});

export const ScopeSchema = z.object({
  area: oneOf(SCOPE_AREAS),
  components: oneOf(SCOPE_COMPONENTS),
  includes: z.partialRecord(oneOf(SCOPE_INCLUDES), oneOf(INCLUDED)).default({}),
}).strict();

/** How a number may be written in its quote: 90000, 90,000, 90 000 or 90.000 (every decimal kept, none rounded away). */
export function writtenForms(value: number): string[] {
  const grouped = value.toLocaleString('en-US', { maximumFractionDigits: 20 });
  const forms = [String(value), grouped, grouped.replace(/,/g, ' '), grouped.replace(/,/g, '\u00a0')];
  // A full stop as the thousands separator (NATO writes "30.000"), for whole numbers only.
  if (Number.isInteger(value) && value >= 1000) forms.push(grouped.replace(/,/g, '.'));
  return [...new Set(forms)];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when the quote writes this very number: 90,000 is not found in "190,000", "90,000,000" or "90,000.5". */
export function quoteWritesNumber(quote: string, value: number): boolean {
  return writtenForms(value).some((form) => new RegExp(`(?<![\\d.,])${escapeRegExp(form)}(?![\\d]|[.,\\u00a0 ]\\d)`).test(quote));
}

/** Editorial wording that makes Crimea Russia's: "Russia-annexed Crimea", "annexed by Russia", "Russian Crimea". */
const CRIMEA_AS_RUSSIAN = /\b(?:russia[n']?s?[- ]annexed|annexed by russia|russian crimea|crimea,? russia\b)/i;

const number = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 20 });


export const ClaimSchema = z.object({
  id: z.string().regex(CLAIM_ID, CLAIM_ID_RULE),
  value: z.number().positive('must be a positive number').nullable(),
  /** The upper end of a range ("169,000–190,000"); `value` is the lower end. */
  valueHigh: z.number().positive('must be a positive number').optional(),
  unit: text.nullable(),
  qualifier: text.nullable(),
  kind: oneOf(CLAIM_KINDS),
  claimant: text,
  /** Who counts; null for a claim outside the series (a status, an outlet's own unattributed estimate). */
  series: oneOf(SERIES).nullable().default(null),
  scope: ScopeSchema.optional(),
  /** When it was said. */
  saidOn: isoDate,
  /** How the date is known when the page does not print it (e.g. inferred from "on Wednesday"). */
  saidOnNote: text.optional(),
  /** Whether `saidOn` is the day it was said, or (not known) the day a report carried it; left out, it was said then. */
  datedBy: oneOf(DATED_BY).optional(),
  /** A year the claim states (Crimea "seized ... in 2014"): labels take it from here; it must be in the quote. */
  year: z.number().int().min(1900).max(2100).optional(),
  where: z.object({ description: text, geometry: oneOf(PLACE_GEOMETRIES) }),
  source: SourceSchema,
  quote: words(LONG_TEXT_MAX, true, 'is missing: a figure needs the exact words it comes from'),
  note: longText.optional(),
  /**
   * The same statement read on other pages: each keeps its own citation and words (which must hold one of the
   * claim's numbers), and none is a figure of its own.
   */
  readings: z.array(z.object({ source: SourceSchema, quote: text })).optional(),
}).superRefine((claim, ctx) => {
  const numeric = (FIGURE_KINDS as readonly string[]).includes(claim.kind);
  if (claim.value === null) {
    if (numeric) ctx.addIssue({ code: 'custom', path: ['value'], message: `is empty, but ${/^[aeiou]/.test(claim.kind) ? 'an' : 'a'} ${claim.kind} claim needs a number` });
    if (claim.valueHigh !== undefined) ctx.addIssue({ code: 'custom', path: ['valueHigh'], message: 'is set, but the claim has no number' });
  } else {
    if (!numeric) ctx.addIssue({ code: 'custom', path: ['value'], message: `is set, but a ${claim.kind} claim has no number (use reported, estimate or projection)` });
    if (claim.unit === null) ctx.addIssue({ code: 'custom', path: ['unit'], message: 'is empty, but the claim has a number' });
    for (const [field, value] of [['value', claim.value], ['valueHigh', claim.valueHigh]] as const) {
      if (value !== undefined && !quoteWritesNumber(claim.quote, value)) {
        ctx.addIssue({ code: 'custom', path: ['quote'], message: `${QUOTE_LACKS_NUMBER} (${number(value)})${field === 'valueHigh' ? UPPER_END : ''}` });
      }
    }
    const reversed = claim.valueHigh === undefined ? null : reversedRange(claim.value, claim.valueHigh);
    if (reversed) ctx.addIssue({ code: 'custom', path: ['valueHigh'], message: reversed });
  }
  if (claim.value !== null) {
    const numbers = [claim.value, claim.valueHigh].filter((n): n is number => n !== undefined);
    claim.readings?.forEach((reading, i) => {
      if (!numbers.some((n) => quoteWritesNumber(reading.quote, n))) {
        ctx.addIssue({ code: 'custom', path: ['readings', i, 'quote'], message: `does not contain the claim's number (${numbers.map(number).join(' or ')}): a further reading is the same statement` });
      }
    });
  }
  // A day that does not exist (2022-02-30) is said once, as such: compared as text it was also "after" real days.
  const saidOnReal = realDate(claim.saidOn);
  if (saidOnReal && claim.saidOn > new Date().toISOString().slice(0, 10)) {
    ctx.addIssue({ code: 'custom', path: ['saidOn'], message: `${formatDate(claim.saidOn)} is in the future` });
  }
  const published = claim.source.published ?? claim.source.readAt?.published ?? null;
  if (saidOnReal && published !== null && realDate(published) && claim.saidOn > published) {
    // In words, as the desk says dates (an editor read "2021-12-23 … (2021-12-22)" among dates in words).
    ctx.addIssue({ code: 'custom', path: ['saidOn'], message: `${formatDate(claim.saidOn)} is after the source's publication, ${formatDate(published)}: a claim cannot be said after it was printed` });
  }
  if (claim.year !== undefined && !claim.quote.includes(String(claim.year))) {
    ctx.addIssue({ code: 'custom', path: ['quote'], message: `does not contain the claim's own year (${claim.year})` });
  }
}).superRefine((input, ctx) => {
  // The checks above wait until every field reads; an editor fixing what the form listed then met new problems
  // (the number not in the quote, a date in the future). The two that matter most are also said at once, on the
  // fields that read, never twice.
  const claim = input as unknown as Record<string, unknown>;
  const say = (path: (string | number)[], message: string) => {
    if (!ctx.issues.some((i) => i.message === message && i.path?.join('.') === path.join('.'))) ctx.addIssue({ code: 'custom', path, message });
  };
  if (typeof claim.quote === 'string') {
    for (const field of ['value', 'valueHigh'] as const) {
      const value = claim[field];
      if (typeof value === 'number' && value > 0 && !quoteWritesNumber(claim.quote, value)) say(['quote'], `${QUOTE_LACKS_NUMBER} (${number(value)})${field === 'valueHigh' ? UPPER_END : ''}`);
    }
  }
  const saidOn = typeof claim.saidOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(claim.saidOn) ? claim.saidOn : null;
  if (saidOn && saidOn > new Date().toISOString().slice(0, 10)) say(['saidOn'], `${formatDate(saidOn)} is in the future`);
}, { when: (payload) => payload.issues.length > 0 && typeof payload.value === 'object' && payload.value !== null });

type ParsedClaim = z.infer<typeof ClaimSchema>;

const sameScope = (a: ParsedClaim, b: ParsedClaim) => JSON.stringify(a.scope ?? null) === JSON.stringify(b.scope ?? null) && a.scope !== undefined;

export const ClaimsFileSchema = z.object({
  /** `until`: the story's last day; a claim said later is refused. */
  story: z.object({ title: text, subtitle: text, until: isoDate.optional() }),
  comparisons: z.array(z.object({ of: z.string(), to: z.string() })).default([]),
  claims: z.array(ClaimSchema).min(1, 'must list at least one claim'),
}).superRefine((file, ctx) => {
  const ids = file.claims.map((c) => c.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['claims', i, 'id'], message: `repeats the id "${id}"` });
  });
  const byId = new Map(file.claims.map((c) => [c.id, c]));
  const numeric = new Set(file.claims.filter((c) => c.value !== null).map((c) => c.id));
  const until = file.story.until;
  file.claims.forEach((claim, i) => {
    if (until && realDate(claim.saidOn) && claim.saidOn > until) ctx.addIssue({ code: 'custom', path: ['claims', i, 'saidOn'], message: `${claim.saidOn} is after the story's last day (${until})` });
  });
  file.comparisons.forEach(({ of, to }, i) => {
    for (const [field, id] of [['of', of], ['to', to]] as const) {
      if (!numeric.has(id)) ctx.addIssue({ code: 'custom', path: ['comparisons', i, field], message: `names "${id}", which is not a claim with a number` });
    }
    const [a, b] = [byId.get(of), byId.get(to)];
    if (!a || !b || !numeric.has(of) || !numeric.has(to)) return;
    if (a.series === null || a.series !== b.series || !sameScope(a, b) || a.where.geometry !== b.where.geometry || a.unit !== b.unit) {
      ctx.addIssue({
        code: 'custom',
        path: ['comparisons', i],
        message: `compares "${of}" (${a.claimant}) with "${to}" (${b.claimant}): a comparison is allowed only within one series and one scope (same series, scope, place and unit)`,
      });
    }
  });
});

export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimsFile = z.infer<typeof ClaimsFileSchema>;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type FigureKind = (typeof FIGURE_KINDS)[number];
export type { Series } from './series';
export type Scope = z.infer<typeof ScopeSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type PlaceGeometry = (typeof PLACE_GEOMETRIES)[number];

/** An id as JSON writes it, line separators escaped too, so no id can break or forge a line of the log. */
export const quotedId = (id: string) => JSON.stringify(id).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** Keeps a problem on one line of the log whatever text it quotes. */
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

/** A data file that failed validation, with one line per problem naming file, item and field. */
/**
 * What a claim written now must also meet, beyond what valid data is: a unit the map draws (troops, battalion
 * tactical groups; a misspelt one, "troosp", dropped the figure from map, chart and spread without a word), and our
 * own words following the map, Crimea being Ukrainian territory occupied by Russia (a quote keeps its source's
 * words). Checked on the hand-kept files (check-data, the file import) and on every desk write, never on data
 * already published: a store written before a rule existed must still load, or every page would go down with it.
 */
/**
 * The plain qualifiers a figure is shown with ("about 90,000"): each must be the quote's own word, as the figure is.
 * A desk edit once published "about" where the quote said "nearly 100,000". Longer qualifiers that paraphrase a
 * clause ("if this trend continues, soon") are left to the editor.
 */
const PLAIN_QUALIFIERS = ['about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'close to', 'more than', 'over', 'well over', 'at least', 'up to', 'fewer than', 'less than', 'under'];
const wordIn = (text: string, word: string) => new RegExp(`(?:^|[^\\p{L}])${word.replace(/ /g, '\\s+')}(?:$|[^\\p{L}])`, 'iu').test(text);

function qualifierProblem(claim: Claim): string | null {
  const qualifier = claim.qualifier?.trim().toLowerCase();
  // The words just before the figure in the quote, where its own qualifier stands ("in and around Ukraine", "Over the
  // weekend" are not one); the whole quote where the figure is written otherwise ("100 000").
  const at = claim.value === null ? -1 : [claim.value.toLocaleString('en-US'), String(claim.value)].map((n) => claim.quote.indexOf(n)).find((i) => i >= 0) ?? -1;
  const before = at >= 0 ? claim.quote.slice(Math.max(0, at - 24), at) : claim.quote;
  if (!qualifier) {
    // A figure the quote gives as "about 112,000" was published as exactly 112,000: the word right before it is its own.
    const right = at < 0 ? [] : PLAIN_QUALIFIERS.filter((word) => new RegExp(`(?:^|[^\\p{L}])${word.replace(/ /g, '\\s+')}\\s*$`, 'iu').test(before));
    const word = right.sort((a, b) => b.length - a.length)[0];
    return word ? `is empty, but the quote says "${word}" right before the figure: set it to "${word}", as the quote says` : null;
  }
  if (!PLAIN_QUALIFIERS.includes(qualifier)) return null;
  if (wordIn(before, qualifier)) return null;
  const said = PLAIN_QUALIFIERS.filter((word) => wordIn(before, word) && !PLAIN_QUALIFIERS.some((longer) => longer !== word && longer.includes(word) && wordIn(before, longer)));
  // Of this figure: a quote with two figures ("around 95,000 … at 70,000") says the word of the other one.
  const of = at >= 0 && claim.value !== null ? ` of ${claim.value.toLocaleString('en-US')}` : '';
  return `is "${claim.qualifier}", which the quote does not say${of}${said.length ? `; it says "${said.join('", "')}"` : ''}: use the quote's own word, or none`;
}

/**
 * A source's dates as a page can have them: none in the future, and a copy (a republication, a digest, a quotation)
 * no older than the page it copies. An editor published "NV, 2 January 2099 (read at Test Copy, 1 January 2020)" with
 * "No problems in the claim", and its correction history keeps the date for good.
 */
function sourceDateProblems(source: Claim['source'], at: string): { path: string; message: string }[] {
  const today = new Date().toISOString().slice(0, 10);
  const problems: { path: string; message: string }[] = [];
  const { published } = source;
  const copied = source.readAt?.published ?? null;
  if (published && realDate(published) && published > today) problems.push({ path: `${at}.published`, message: `${formatDate(published)} is in the future` });
  if (copied && realDate(copied) && copied > today) problems.push({ path: `${at}.readAt.published`, message: `${formatDate(copied)} is in the future` });
  if (published && copied && realDate(published) && realDate(copied) && copied < published) {
    problems.push({ path: `${at}.readAt.published`, message: `${formatDate(copied)} is before the page it copies was published, ${formatDate(published)}: a copy cannot be older than its original` });
  }
  return problems;
}

export function newClaimProblems(claim: Claim): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [...sourceDateProblems(claim.source, 'source')];
  claim.readings?.forEach((reading, i) => problems.push(...sourceDateProblems(reading.source, `readings.${i}.source`)));
  if (claim.unit !== null && !(UNITS as readonly string[]).includes(claim.unit)) problems.push({ path: 'unit', message: `must be one of ${UNITS.join(', ')}` });
  const qualifier = qualifierProblem(claim);
  if (qualifier) problems.push({ path: 'qualifier', message: qualifier });
  for (const [path, words] of [['where.description', claim.where.description], ['note', claim.note], ['claimant', claim.claimant]] as const) {
    const found = words ? CRIMEA_AS_RUSSIAN.exec(words) : null;
    if (found) problems.push({ path, message: `calls Crimea Russia's ("${found[0]}"): write "Crimea (occupied by Russia since 2014)"; only a quote keeps its source's words` });
  }
  problems.push(...unprintableProblems(claim));
  return problems;
}

/**
 * What an image's list of sources prints of a claim, in characters the pictures' font draws: a claimant published as
 * "Jens Stoltenberg 😀 北约 سلام" printed as boxes on every PNG and JPEG, without a word.
 */
function unprintableProblems(claim: Claim): { path: string; message: string }[] {
  const { source } = claim;
  const printed: [string, string | null | undefined][] = [
    ['claimant', claim.claimant], ['qualifier', claim.qualifier], ['quote', claim.quote],
    ['source.outlet', source.outlet], ['source.title', source.title], ['source.description', source.description], ['source.readAt.publisher', source.readAt?.publisher],
  ];
  return printed.flatMap(([path, text]) => {
    const missing = text ? missingGlyphs(text) : [];
    if (!missing.length) return [];
    const shown = missing.slice(0, 4).map((ch) => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
    return [{ path, message: `has characters the images' font cannot draw: ${shown}${missing.length > 4 ? ` and ${missing.length - 4} more` : ''}; every PNG and JPEG would print them as boxes` }];
  });
}

/** The file's claims held to `newClaimProblems` too: for the hand-kept data files. */
export function checkNewClaims(file: ClaimsFile, path: string): ClaimsFile {
  const problems = file.claims.flatMap((claim) => newClaimProblems(claim).map((p) => `claim "${claim.id}": ${p.path}: ${p.message}`));
  if (problems.length) throw new DataFileError(path, problems);
  return file;
}

export class DataFileError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DataFileError';
  }
}

/**
 * Names each zod issue by the item it belongs to: `claim "deployed-90k": source.url: must be an http(s) URL`.
 * `listKey` is the array holding the items (claims, scenes) and `label` what one is called.
 */
export function describeIssues(issues: z.core.$ZodIssue[], input: unknown, listKey: string, label: string): string[] {
  return issues.map((issue) => {
    const path = issue.path.map(String);
    if (path[0] === listKey && path.length > 1) {
      const index = Number(path[1]);
      const items = (input as Record<string, unknown>)?.[listKey];
      const item = Array.isArray(items) ? (items[index] as { id?: unknown } | undefined) : undefined;
      const name = typeof item?.id === 'string' ? quotedId(item.id) : `#${index + 1}`;
      const field = path.slice(2).join('.') || '(the whole item)';
      return oneLine(`${label} ${name}: ${field}: ${issue.message}`);
    }
    return oneLine(`${path.join('.') || '(the whole file)'}: ${issue.message}`);
  });
}

/** Parses JSON text and validates it, throwing a DataFileError that names the file on any problem. */
export function parseDataFile<S extends z.ZodType>(schema: S, text: string, file: string, listKey: string, label: string): z.infer<S> {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new DataFileError(file, [`is not valid JSON: ${oneLine((error as Error).message)}`]);
  }
  const result = schema.safeParse(input);
  if (!result.success) throw new DataFileError(file, describeIssues(result.error.issues, input, listKey, label));
  return result.data;
}

export const SCENE_TARGETS = ['ukraine', 'crimea', 'russia', 'belarus', 'eastern-flank', 'border-zone'] as const;
export const SCENE_HIGHLIGHTS = ['crimea', 'belarus', 'eastern-flank', 'border-zone'] as const;

/** Digits a caption may carry as typed text: years. Every other number must come from a claim placeholder. */
const TYPED_NUMBER = /\d+(?:[.,]\d+)*/g;
const isYear = (token: string) => /^(19|20)\d\d$/.test(token);
export { PLACEHOLDER } from './placeholder';

const sceneText = (field: string) => text.superRefine((value, ctx) => {
  const typed = value.replace(PLACEHOLDER, '').match(TYPED_NUMBER)?.filter((token) => !isYear(token)) ?? [];
  if (typed.length > 0) {
    ctx.addIssue({ code: 'custom', message: `types the number ${typed[0]}: write {claim-id} so the figure comes from its claim (${field})` });
  }
});

export const SceneSchema = z.object({
  id: z.string().regex(CLAIM_ID, CLAIM_ID_RULE),
  title: sceneText('title'),
  caption: sceneText('caption'),
  camera: z.union([
    z.object({ fit: z.array(z.enum(SCENE_TARGETS)).min(1), maxZoom: z.number().min(3).max(9).optional(), bearing: z.number().min(-180).max(180).optional() }),
    z.object({ center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]), zoom: z.number().min(3).max(9), bearing: z.number().min(-180).max(180).optional() }),
  ], { error: `must be { "fit": [${SCENE_TARGETS.join(' | ')}] } or { "center": [lng, lat], "zoom": 3–9 }` }),
  claims: z.array(z.string()),
  highlight: z.enum(SCENE_HIGHLIGHTS, { error: `must be null or one of ${SCENE_HIGHLIGHTS.join(', ')}` }).nullable(),
  notes: sceneText('notes').optional(),
  /** What was known on this date is what the scene shows (YYYY-MM-DD, inside the timeline); none: the latest. */
  date: isoDate.optional(),
});

export const ScenesFileSchema = z.object({ scenes: z.array(SceneSchema).min(1, 'must list at least one scene').max(50) });

export type Scene = z.infer<typeof SceneSchema>;
export type Highlight = (typeof SCENE_HIGHLIGHTS)[number];
export type ScenesFile = z.infer<typeof ScenesFileSchema>;

/** Cross-file check: every claim a scene names, in its list or its text placeholders, exists and was said by the scene's date. */
export function sceneReferenceProblems(scenes: ScenesFile, claims: readonly Pick<Claim, 'id' | 'value' | 'saidOn' | 'scope'>[]): string[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const dates = claims.map((c) => c.saidOn).sort();
  const problems: string[] = [];
  for (const scene of scenes.scenes) {
    const name = `scene ${quotedId(scene.id)}`;
    if (scene.date && (scene.date < dates[0] || scene.date > dates.at(-1)!)) {
      problems.push(`${name}: date: ${scene.date} is outside the timeline (${dates[0]} to ${dates.at(-1)})`);
    }
    const knownBy = (id: string, field: string) => {
      const claim = byId.get(id)!;
      if (scene.date && claim.saidOn > scene.date) problems.push(`${name}: ${field}: "${id}" was said on ${claim.saidOn}, after the scene's date (${scene.date})`);
    };
    for (const id of scene.claims) {
      if (!byId.has(id)) problems.push(`${name}: claims: names "${id}", which is not a claim`);
      else knownBy(id, 'claims');
    }
    for (const field of ['title', 'caption', 'notes'] as const) {
      for (const [whole, id, part] of (scene[field] ?? '').matchAll(PLACEHOLDER)) {
        if (byId.get(id)?.value == null) problems.push(`${name}: ${field}: {${id}} is not a claim with a number`);
        else if (part === 'area' && !byId.get(id)!.scope) problems.push(`${name}: ${field}: ${whole}: "${id}" says no area it counts (its scope)`);
        else knownBy(id, field);
      }
    }
  }
  return problems;
}
