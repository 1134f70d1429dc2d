/**
 * The desk's claim form as data: every field of a claim as a text box or a choice, and the two conversions between
 * a claim and the form's text. The form parser only turns text into JSON (numbers, dates, nested objects, absent when
 * empty) and names what it cannot read; whether the claim is valid is the schema's to say (the server checks it live
 * through /api/claims/check). Pure and free of zod, for the browser.
 */
import { INCLUDES_WORDS } from './scope-words';
import { DATED_BY_WORDS, INCLUDED, PLACE_GEOMETRIES, READ_HOW, SCOPE_AREAS, SCOPE_COMPONENTS, SCOPE_INCLUDES, CLAIM_KINDS, UNITS } from './claim-words';
import { reversedRange } from './quote-number';
import { SERIES, SERIES_LABELS } from './series';
import { LONG_TEXT_MAX, TEXT_MAX, URL_MAX } from './text-limits';

export interface FieldSpec {
  name: string;
  label: string;
  /** text, a longer text, a number, a day, or one of `options` (value, label). */
  type: 'text' | 'textarea' | 'number' | 'date' | 'select';
  options?: readonly (readonly [string, string])[];
  help?: string;
  /** The fieldset it belongs to. */
  group: 'figure' | 'who' | 'scope' | 'where' | 'source' | 'words';
}

const choices = (values: readonly string[]) => values.map((v) => [v, v] as const);
const NOT_SET = ['', '(not set)'] as const;

export const CLAIM_FIELDS: FieldSpec[] = [
  { name: 'id', label: 'Id', type: 'text', group: 'figure', help: 'lowercase letters, digits and dashes (at most 80), e.g. carpenter-169-190k; cannot change once published' },
  { name: 'kind', label: 'Kind', type: 'select', group: 'figure', options: choices(CLAIM_KINDS) },
  { name: 'value', label: 'Number', type: 'number', group: 'figure', help: 'empty for a statement without a number; the lower end of a range' },
  { name: 'valueHigh', label: 'Upper end of a range', type: 'number', group: 'figure' },
  { name: 'unit', label: 'Unit', type: 'select', group: 'figure', options: [NOT_SET, ...choices(UNITS)], help: 'what the number counts; not set for a statement without a number' },
  { name: 'qualifier', label: 'Qualifier', type: 'text', group: 'figure', help: 'more than, about, nearly…' },
  { name: 'claimant', label: 'Who says it', type: 'text', group: 'who' },
  { name: 'series', label: 'Series (who counts)', type: 'select', group: 'who', options: [NOT_SET, ...SERIES.map((s) => [s, SERIES_LABELS[s]] as const)] },
  { name: 'saidOn', label: 'Said on', type: 'date', group: 'who' },
  { name: 'datedBy', label: 'That date is', type: 'select', group: 'who', options: [['', DATED_BY_WORDS.statement], ['report', DATED_BY_WORDS.report]] },
  { name: 'saidOnNote', label: 'How the date is known', type: 'text', group: 'who', help: 'when the page does not print it' },
  { name: 'year', label: 'A year the claim states', type: 'number', group: 'who' },
  { name: 'scope.area', label: 'Area counted', type: 'select', group: 'scope', options: [NOT_SET, ...choices(SCOPE_AREAS)] },
  { name: 'scope.components', label: 'Forces counted', type: 'select', group: 'scope', options: [NOT_SET, ...choices(SCOPE_COMPONENTS)] },
  ...SCOPE_INCLUDES.map((name): FieldSpec => ({ name: `scope.includes.${name}`, label: `Counts ${INCLUDES_WORDS[name] ?? name}`, type: 'select', group: 'scope', options: [NOT_SET, ...choices(INCLUDED)] })),
  { name: 'where.description', label: 'Where, in words', type: 'text', group: 'where' },
  { name: 'where.geometry', label: 'Where on the map', type: 'select', group: 'where', options: choices(PLACE_GEOMETRIES) },
  { name: 'source.outlet', label: 'Original outlet', type: 'text', group: 'source' },
  { name: 'source.published', label: 'Published on', type: 'date', group: 'source' },
  { name: 'source.dateNote', label: 'What is known of the date', type: 'text', group: 'source', help: 'when it does not show one' },
  { name: 'source.title', label: "The page's own title", type: 'text', group: 'source' },
  { name: 'source.description', label: 'Description (a page without a known title)', type: 'text', group: 'source' },
  { name: 'source.url', label: 'Address of the page read', type: 'text', group: 'source' },
  { name: 'source.readAt.publisher', label: 'Read at (publisher of the copy)', type: 'text', group: 'source' },
  { name: 'source.readAt.how', label: 'How it was read', type: 'select', group: 'source', options: [NOT_SET, ...choices(READ_HOW)] },
  { name: 'source.readAt.published', label: "The copy's own date", type: 'date', group: 'source' },
  { name: 'quote', label: 'Exact words', type: 'textarea', group: 'words', help: 'verbatim; must contain the number' },
  { name: 'note', label: 'Note for readers', type: 'textarea', group: 'words' },
  { name: 'readings', label: 'Further readings (JSON)', type: 'textarea', group: 'words', help: 'the same statement on other pages: [{ "source": {…}, "quote": "…" }]' },
];

/** The longest editor's note (a revision's note) or retraction reason the store takes, in characters. */
export const REVISION_NOTE_MAX = 2000;

export type FormValues = Record<string, string>;
/** `part: 'revision'`: the editor's note (the store's FieldError), not the claim's note for readers. */
export interface FormProblem { field: string; message: string; part?: 'revision' }

const NUMBER_FIELDS = new Set(CLAIM_FIELDS.filter((f) => f.type === 'number').map((f) => f.name));
const FIGURE_FIELDS = new Set(['value', 'valueHigh']);

function get(object: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), object);
}

function set(object: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let at = object;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[keys.at(-1)!] = value;
}

/** The form's text for a claim (empty strings for what it leaves out). */
export function formFromClaim(claim: unknown): FormValues {
  const values: FormValues = {};
  for (const field of CLAIM_FIELDS) {
    const value = get(claim, field.name);
    if (field.name === 'readings') values.readings = Array.isArray(value) && value.length ? JSON.stringify(value, null, 2) : '';
    // A figure as editors write it and the page prints it: "143,500" typed came back "143500" (a year stays 2014).
    else if (typeof value === 'number' && FIGURE_FIELDS.has(field.name)) values[field.name] = value.toLocaleString('en-US', { maximumFractionDigits: 20 });
    else values[field.name] = value === null || value === undefined ? '' : String(value);
  }
  return values;
}

const DOTTED_THOUSANDS = /^\d{1,3}(\.\d{3})+$/;

/**
 * "90,000", "90 000" and "90000" are the same number; anything else is not one. "100.000" is refused too: a dot is
 * a decimal point here, but a thousands separator in much of Europe (NATO writes "30.000"), and reading it as 100
 * put a figure a thousand times too small in front of the check.
 */
export function readNumber(text: string): number | null {
  const compact = text.trim().replace(/[,\u00a0 ]/g, '');
  if (DOTTED_THOUSANDS.test(compact)) return null;
  return /^\d+(\.\d+)?$/.test(compact) ? Number(compact) : null;
}

/**
 * The claim the form's text describes: empty optional fields left out, `value`, `unit` and `qualifier` null when
 * empty (a statement without a number), nested objects built. Never throws; what it cannot read is a problem.
 */
export function claimFromForm(values: FormValues): { claim: Record<string, unknown>; problems: FormProblem[]; checks: FormProblem[] } {
  const claim: Record<string, unknown> = {};
  /** What the form could not read: a save would leave it out. */
  const problems: FormProblem[] = [];
  /**
   * What it read and found wrong before the server's check can say it (which waits for every field to read): a
   * reversed range. Not a reason to refuse a draft: "190,000 … 169,000" was refused as "cannot be read as typed".
   */
  const checks: FormProblem[] = [];
  for (const field of CLAIM_FIELDS) {
    const raw = values[field.name] ?? '';
    const text = field.type === 'textarea' ? raw.trim() : raw.trim();
    if (field.name === 'readings') {
      if (!text) continue;
      try {
        const readings = JSON.parse(text) as unknown;
        if (!Array.isArray(readings)) problems.push({ field: 'readings', message: 'must be a JSON list: [{ "source": {…}, "quote": "…" }]' });
        else claim.readings = readings;
      } catch (error) {
        problems.push({ field: 'readings', message: `is not valid JSON (${(error as Error).message})` });
      }
      continue;
    }
    // Said here, with the field's own rule: a long paste (2 MB into the note) went to the server's checks whole, which
    // refused the request's size without naming the field, while the form said "No problems".
    const max = field.name === 'source.url' ? URL_MAX : field.type === 'textarea' ? LONG_TEXT_MAX : TEXT_MAX;
    if (text.length > max && (field.type === 'text' || field.type === 'textarea') && field.name !== 'id') {
      problems.push({ field: field.name, message: `must be at most ${max.toLocaleString('en-US')} characters (this has ${text.length.toLocaleString('en-US')})` });
      continue;
    }
    if (text === '') {
      if (['value', 'unit', 'qualifier'].includes(field.name)) claim[field.name] = null;
      else if (field.name === 'series') claim.series = null;
      continue;
    }
    if (NUMBER_FIELDS.has(field.name)) {
      const n = readNumber(text);
      if (n === null) {
        const got = `(got "${text.slice(0, 40)}")`;
        const message = DOTTED_THOUSANDS.test(text.trim()) ? `is ambiguous: a dot may be a decimal point or a thousands separator; write 100000 or 100,000 ${got}`
          // "-5" is a number, just not a count: said as the rule it breaks.
          : /^\s*[-−]\s*\d/.test(text) ? `must be a positive number ${got}`
          // "169,000-190,000" typed in one box: the range's ends have a field each.
          : field.name === 'value' && /^\s*[\d.,\s]+\s*(?:[-–—]|to)\s*[\d.,\s]+$/.test(text) ? `is one number: for a range, write its lower end here and its upper end in "Upper end of a range" ${got}`
          : `must be a number, like 90000 or 90,000 ${got}`;
        problems.push({ field: field.name, message });
      }
      else set(claim, field.name, n);
      continue;
    }
    // A date box shows day, month and year in the browser's own order (mm/dd/yyyy here): "22/12/2021" typed day
    // first became the year 22021, and "must be a date written YYYY-MM-DD" named a form the box does not take.
    if (field.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(text)) {
      // The date is whole, its year is not (an editor read "is not a whole date" of 02/21/22021, and the echo in
      // another order than the box's): said of the year, as the box shows it.
      const longYear = /^(\d{5,})-\d{2}-\d{2}$/.exec(text)?.[1];
      problems.push({ field: field.name, message: longYear
        ? `has the year ${longYear.slice(0, 12)}, ${longYear.length} digits: a day typed first can run into the year; type day, month and year in the order the box shows them, or pick the date from the calendar`
        : `is not a whole date: pick it from the calendar, or type day, month and year in the order the box shows them (got "${text.slice(0, 40)}")` });
      continue;
    }
    set(claim, field.name, text);
  }
  const [low, high] = [claim.value, claim.valueHigh];
  const reversed = typeof low === 'number' && typeof high === 'number' ? reversedRange(low, high) : null;
  if (reversed) checks.push({ field: 'valueHigh', message: reversed });
  // A scope names its area and forces; the includes alone are not one.
  const scope = claim.scope as Record<string, unknown> | undefined;
  if (scope) scope.includes ??= {};
  if (claim.source && typeof claim.source === 'object') {
    const source = claim.source as Record<string, unknown>;
    source.published ??= null;
    source.title ??= null;
    if (source.readAt && typeof source.readAt === 'object') (source.readAt as Record<string, unknown>).published ??= null;
  }
  return { claim, problems, checks };
}
