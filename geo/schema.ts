/**
 * What valid data is: the one place that says it. Every loader (build check, API, page) parses through here,
 * and every rejection names the file, the claim or scene, and the field.
 */
import { z } from 'zod';
import { PLACEHOLDER } from './placeholder';

export const CLAIM_KINDS = ['reported', 'estimate', 'projection', 'status'] as const;
export const PLACE_GEOMETRIES = ['border-zone', 'crimea', 'belarus', 'russia', 'eastern-flank', 'region'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'must be a real calendar date');
const httpUrl = z.string().refine((s) => {
  try {
    const { protocol } = new URL(s);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}, 'must be an http(s) URL');
const text = z.string().trim().min(1, 'must not be empty');

export const SourceSchema = z.object({ publisher: text, title: text, url: httpUrl, published: isoDate }, {
  error: (issue) => (issue.input === undefined ? 'is missing: a claim without a source cannot exist' : 'must be an object'),
});

/** How a number may be written in its quote: 90000, 90,000 or 90 000 (every decimal kept, none rounded away). */
export function writtenForms(value: number): string[] {
  const grouped = value.toLocaleString('en-US', { maximumFractionDigits: 20 });
  return [...new Set([String(value), grouped, grouped.replace(/,/g, ' '), grouped.replace(/,/g, '\u00a0')])];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when the quote writes this very number: 90,000 is not found in "190,000", "90,000,000" or "90,000.5". */
export function quoteWritesNumber(quote: string, value: number): boolean {
  return writtenForms(value).some((form) => new RegExp(`(?<![\\d.,])${escapeRegExp(form)}(?![\\d]|[.,\\u00a0 ]\\d)`).test(quote));
}

export const ClaimSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes'),
  value: z.number().positive('must be a positive number').nullable(),
  unit: text.nullable(),
  qualifier: text.nullable(),
  kind: z.enum(CLAIM_KINDS, { error: `must be one of ${CLAIM_KINDS.join(', ')}` }),
  claimant: text,
  asOf: isoDate,
  where: z.object({ description: text, geometry: z.enum(PLACE_GEOMETRIES, { error: `must be one of ${PLACE_GEOMETRIES.join(', ')}` }) }),
  source: SourceSchema,
  quote: z.string({ error: 'is missing: a figure needs the exact words it comes from' }).trim().min(1, 'must not be empty: a figure needs the exact words it comes from'),
  note: text.optional(),
}).superRefine((claim, ctx) => {
  if (claim.value === null) {
    if (claim.kind !== 'status') ctx.addIssue({ code: 'custom', path: ['value'], message: `is empty, but a ${claim.kind} claim needs a number` });
    return;
  }
  if (claim.unit === null) ctx.addIssue({ code: 'custom', path: ['unit'], message: 'is empty, but the claim has a number' });
  if (!quoteWritesNumber(claim.quote, claim.value)) {
    ctx.addIssue({ code: 'custom', path: ['quote'], message: `does not contain the claim's own number (${claim.value.toLocaleString('en-US', { maximumFractionDigits: 20 })})` });
  }
});

export const ClaimsFileSchema = z.object({
  story: z.object({ title: text, subtitle: text }),
  headline: z.array(z.string()).min(1),
  comparisons: z.array(z.object({ of: z.string(), to: z.string() })).default([]),
  claims: z.array(ClaimSchema).min(1, 'must list at least one claim'),
}).superRefine((file, ctx) => {
  const ids = file.claims.map((c) => c.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['claims', i, 'id'], message: `repeats the id "${id}"` });
  });
  const numeric = new Set(file.claims.filter((c) => c.value !== null).map((c) => c.id));
  file.headline.forEach((id, i) => {
    if (!numeric.has(id)) ctx.addIssue({ code: 'custom', path: ['headline', i], message: `names "${id}", which is not a claim with a number` });
  });
  file.comparisons.forEach(({ of, to }, i) => {
    for (const [field, id] of [['of', of], ['to', to]] as const) {
      if (!numeric.has(id)) ctx.addIssue({ code: 'custom', path: ['comparisons', i, field], message: `names "${id}", which is not a claim with a number` });
    }
  });
});

export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimsFile = z.infer<typeof ClaimsFileSchema>;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type PlaceGeometry = (typeof PLACE_GEOMETRIES)[number];

/** An id as JSON writes it, line separators escaped too, so no id can break or forge a line of the log. */
export const quotedId = (id: string) => JSON.stringify(id).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** Keeps a problem on one line of the log whatever text it quotes. */
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

/** A data file that failed validation, with one line per problem naming file, item and field. */
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

export const MEASURED_KEYS = ['crimeaAreaKm2', 'ukraineRecognisedAreaKm2', 'russiaUkraineBorderKm', 'belarusUkraineBorderKm'] as const;

export const ReferenceFactsSchema = z.object({
  source: text,
  facts: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: text,
    qualifier: text.nullable(),
    value: z.number().positive(),
    unit: text,
    measured: z.enum(MEASURED_KEYS),
  })),
});
export type ReferenceFacts = z.infer<typeof ReferenceFactsSchema>;

export const SCENE_TARGETS = ['ukraine', 'crimea', 'russia', 'belarus', 'eastern-flank', 'border-zone'] as const;
export const SCENE_HIGHLIGHTS = ['crimea', 'belarus', 'eastern-flank', 'border-zone'] as const;

/** Digits a caption may carry as typed text: years. Every other number must come from a claim placeholder. */
const TYPED_NUMBER = /\d[\d,.]*/g;
const isYear = (token: string) => /^(19|20)\d\d$/.test(token);
export { PLACEHOLDER } from './placeholder';

const sceneText = (field: string) => text.superRefine((value, ctx) => {
  const typed = value.replace(PLACEHOLDER, '').match(TYPED_NUMBER)?.filter((token) => !isYear(token)) ?? [];
  if (typed.length > 0) {
    ctx.addIssue({ code: 'custom', message: `types the number ${typed[0]}: write {claim-id} so the figure comes from its claim (${field})` });
  }
});

export const SceneSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes'),
  title: sceneText('title'),
  caption: sceneText('caption'),
  camera: z.union([
    z.object({ fit: z.array(z.enum(SCENE_TARGETS)).min(1), maxZoom: z.number().min(3).max(9).optional(), bearing: z.number().min(-180).max(180).optional() }),
    z.object({ center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]), zoom: z.number().min(3).max(9), bearing: z.number().min(-180).max(180).optional() }),
  ], { error: `must be { "fit": [${SCENE_TARGETS.join(' | ')}] } or { "center": [lng, lat], "zoom": 3–9 }` }),
  claims: z.array(z.string()),
  highlight: z.enum(SCENE_HIGHLIGHTS, { error: `must be null or one of ${SCENE_HIGHLIGHTS.join(', ')}` }).nullable(),
  notes: sceneText('notes').optional(),
});

export const ScenesFileSchema = z.object({ scenes: z.array(SceneSchema).min(1, 'must list at least one scene').max(50) });

export type Scene = z.infer<typeof SceneSchema>;
export type ScenesFile = z.infer<typeof ScenesFileSchema>;

/** Cross-file check: every claim a scene names, in its list or its text placeholders, exists. */
export function sceneReferenceProblems(scenes: ScenesFile, claimIds: Set<string>, numericIds: Set<string>): string[] {
  const problems: string[] = [];
  for (const scene of scenes.scenes) {
    for (const id of scene.claims) if (!claimIds.has(id)) problems.push(`scene "${scene.id}": claims: names "${id}", which is not a claim`);
    for (const field of ['title', 'caption', 'notes'] as const) {
      for (const [, id] of (scene[field] ?? '').matchAll(PLACEHOLDER)) {
        if (!numericIds.has(id)) problems.push(`scene "${scene.id}": ${field}: {${id}} is not a claim with a number`);
      }
    }
  }
  return problems;
}
