import 'server-only';
/**
 * What a write would publish, checked by the same rules as `npm run check-data`: the claim itself, the whole claims
 * file it would be part of (ids, comparisons, the story's last day), and the scenes that name claims. Every problem
 * is one { field, message } the desk shows beside its field.
 */
import { deriveBuildup } from '@/geo/buildup';
import { otherFiguresNote } from '@/geo/other-figures-note';
import { sameDayNote } from '@/geo/same-day-figures';
import { timelineExtentNote } from '@/geo/timeline-extent-note';
import { sceneFigureProblems } from '@/geo/scene-figures';
import { type Claim, ClaimSchema, ClaimsFileSchema, type ClaimsFile, newClaimProblems, sceneReferenceProblems, type ScenesFile } from '@/geo/schema';
import { orderClaims } from './snapshot';
import { type StoredSources, unstoredQuotes } from './stored-sources';
import { quoteStandsIn } from '@/geo/build/quote-check';

export interface FieldError {
  field: string;
  message: string;
  /**
   * 'revision': the problem is with the editor's own note (or a retraction's reason), not with the claim's field of
   * that name; a claim has a `note` of its own, and both can be wrong in one request.
   */
  part?: 'revision';
}

/** A write to check: a claim to add or replace (by its id, or `replaces` when the id itself changed), or to retract. */
export type Candidate = { claim: unknown; replaces?: string } | { retract: string };

const MARKUP = /<\/?[a-z][^<>]*>/i;

/** The fields of our own words (and of the page's, as we copy them): plain text everywhere they are shown. */
const PLAIN_FIELDS = ['claimant', 'where.description', 'note', 'saidOnNote', 'source.outlet', 'source.title', 'source.description', 'source.dateNote', 'source.readAt.publisher'];

const valueAt = (value: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);

/**
 * The desk's own words are plain text: a tag typed in them is shown to readers as typed ("<b>122,000</b>"), so it is
 * refused where it is typed. Read from the claim as sent, so it is said with the claim's other problems. (A data
 * file may hold one: it is shown inert, which the hostile-data tests check.)
 */
function markupProblems(claim: unknown): FieldError[] {
  return PLAIN_FIELDS.flatMap((field) => {
    const words = valueAt(claim, field);
    const tag = typeof words === 'string' ? MARKUP.exec(words) : null;
    return tag ? [{ field, message: `is plain text: readers would see "${tag[0]}" as typed, not as formatting` }] : [];
  });
}

/** The quotes of the claim as sent that no stored text holds (none checked without the texts, or without a quote). */
function storedProblems(claim: unknown, stored: StoredSources | null): FieldError[] {
  const quote = valueAt(claim, 'quote');
  if (!stored || typeof quote !== 'string' || !quote.trim()) return [];
  const readings = valueAt(claim, 'readings');
  const words = (value: unknown) => (typeof value === 'string' ? value : '');
  const quotes = Array.isArray(readings) ? readings.map((r) => ({ quote: words(valueAt(r, 'quote')), url: words(valueAt(r, 'source.url')) })) : [];
  return unstoredQuotes({ quote, url: words(valueAt(claim, 'source.url')), readings: quotes }, stored).filter((p) => p.field === 'quote' || quotes[Number(p.field.split('.')[1])]?.quote);
}

const sameWords = (text: unknown) => (typeof text === 'string' ? text.replace(/\s+/g, ' ').trim().toLowerCase() : '');

/** The same words, or one a cut of the other (its parts, between ellipses, in the other in order): a trimmed copy of a
 * published quote was published as a second claim of one statement. */
const sameOrCut = (a: string, b: string) => a === b || (a !== '' && b !== '' && (quoteStandsIn(a, [b]) || quoteStandsIn(b, [a])));

/**
 * A new figure that another published claim already gives, from the same words: one statement read on two pages is
 * one claim with a further reading, not two figures (a copy under a new id was published as [8] and [9]). The same
 * words may give two figures (Reznikov's 94,000 now and 175,000 soon): only the same words for the same figure count.
 */
function duplicateProblems(current: ClaimsFile, write: Candidate): FieldError[] {
  if (!('claim' in write)) return [];
  const claim = write.claim as Partial<Claim> | null;
  const words = sameWords(claim?.quote);
  if (!claim || !words) return [];
  const replaced = write.replaces ?? claim.id;
  const sameFigure = (other: Claim) => other.value === claim.value && (other.valueHigh ?? null) === (claim.valueHigh ?? null);
  // One end of a range, from words the range's claim cites: Al Arabiya's "up to 190,000", a further reading of the
  // 169,000–190,000, was published as a claim of its own, and the chart drew one statement twice.
  const endOfRange = (other: Claim) => claim.value != null && claim.valueHigh == null && other.valueHigh != null && (claim.value === other.value || claim.value === other.valueHigh);
  const citing = (other: Claim) => [{ quote: other.quote, source: other.source }, ...(other.readings ?? [])].find((q) => sameOrCut(sameWords(q.quote), words));
  const same = current.claims.find((other) => other.id !== replaced && other.unit === claim.unit && (sameFigure(other) || endOfRange(other)) && citing(other));
  if (!same) return [];
  const cited = citing(same)!.source;
  const figure = sameFigure(same) ? 'the figure' : 'an end of the range';
  // Named by the page the words were read on (the reading's outlet, not the claim's own), and where this very page is
  // one of its readings already, not told to add it as one.
  return [{ field: 'quote', message: cited.url === claim.source?.url
    ? `gives ${figure} claim "${same.id}" gives, from this very page (${cited.outlet}), which that claim cites already: correct that claim rather than add another`
    : `gives ${figure} claim "${same.id}" gives, in the same words (${cited.outlet}): correct that claim, or add this page to it as a further reading` }];
}

/** The claims file after the write, its claims in readers' order (the new claim after those said the same day). */
export function candidateFile(current: ClaimsFile, write: Candidate): { input: unknown; index: number } {
  const claims: { claim: Claim; firstId: number }[] = current.claims.map((claim, i) => ({ claim, firstId: i }));
  if ('retract' in write) return { input: { ...current, claims: claims.filter((c) => c.claim.id !== write.retract).map((c) => c.claim) }, index: -1 };
  const replaced = write.replaces ?? (write.claim as { id?: unknown })?.id;
  const at = claims.findIndex((c) => c.claim.id === replaced);
  const entry = { claim: write.claim as Claim, firstId: at >= 0 ? claims[at].firstId : claims.length };
  if (at >= 0) claims[at] = entry;
  else claims.push(entry);
  // An unparseable claim (no saidOn yet) keeps its place at the end.
  const valid = typeof (write.claim as { saidOn?: unknown })?.saidOn === 'string';
  const ordered = valid ? orderClaims(claims) : [...claims.filter((c) => c !== entry).map((c) => c.claim), entry.claim];
  return { input: { ...current, claims: ordered }, index: ordered.indexOf(entry.claim) };
}

/**
 * Problems of the write, by field of the claim ("quote", "source.url"), or "scenes" / "file" for the rest. With the
 * stored source texts, a claim written must also have its quotes in them.
 */
export function writeProblems(current: ClaimsFile, scenes: ScenesFile, write: Candidate, stored: StoredSources | null = null): FieldError[] {
  const { input, index } = candidateFile(current, write);
  const parsed = ClaimsFileSchema.safeParse(input);
  // Said with whatever else is wrong, not only once the rest is right.
  const sent = 'claim' in write ? [...markupProblems(write.claim), ...storedProblems(write.claim, stored), ...duplicateProblems(current, write)] : [];
  if (!parsed.success) {
    return [...parsed.error.issues.map((issue) => {
      const [list, at, ...rest] = issue.path.map(String);
      if (list === 'claims' && Number(at) === index) return { field: rest.join('.') || 'claim', message: issue.message };
      if (list === 'claims') {
        const other = (input as { claims: { id?: string }[] }).claims[Number(at)]?.id ?? `#${Number(at) + 1}`;
        return { field: rest[0] === 'id' ? 'id' : 'file', message: `claim "${other}": ${rest.join('.')}: ${issue.message}` };
      }
      if (list === 'comparisons') {
        // Said as what it is, the story's comparison, and where it is changed (the desk does not edit comparisons).
        const { of, to } = (input as { comparisons: { of: string; to: string }[] }).comparisons[Number(at)];
        return { field: 'comparisons', message: `the story's comparison of "${of}" with "${to}": ${issue.message}; change it in geo/data/claims.json ("comparisons") first` };
      }
      return { field: 'file', message: `${issue.path.join('.') || 'the claims'}: ${issue.message}` };
    }), ...sent];
  }
  // The claim written also meets what a claim written now must (its unit, our words on Crimea); the others, already
  // published, are held only to what valid data is.
  // And its words stand in a stored source text (given the texts: the API gives them, a store test need not).
  const written = [...(index >= 0 ? newClaimProblems(parsed.data.claims[index]).map((p) => ({ field: p.path, message: p.message })) : []), ...sent];
  if (written.length) return written;
  const problems = sceneReferenceProblems(scenes, parsed.data.claims).map((message) => ({ field: 'scenes', message }));
  if (problems.length) return problems;
  return sceneFigureProblems(deriveBuildup(parsed.data), scenes).map((message) => ({ field: 'scenes', message }));
}


/** Notes on a write that an editor should know of (geo/same-day-figures.ts); of a claim not yet valid, only its day's. */
export function writeNotes(current: ClaimsFile, write: { claim: unknown }): string[] {
  const parsed = ClaimsFileSchema.safeParse(candidateFile(current, write).input);
  const id = (write.claim as { id?: unknown } | null)?.id;
  if (!parsed.success || typeof id !== 'string') {
    // The day said before the timeline's start is told as soon as it is typed, while other fields still wait: told only
    // once every field passed, a slip of day and month came to light long after it was made.
    const saidOn = (write.claim as { saidOn?: unknown } | null)?.saidOn;
    const day = typeof saidOn === 'string' && ClaimSchema.shape.saidOn.safeParse(saidOn).success ? timelineExtentNote(saidOn, deriveBuildup(current).steps) : null;
    return day ? [day] : [];
  }
  const buildup = deriveBuildup(parsed.data);
  const written = parsed.data.claims.find((c) => c.id === id);
  // Against the timeline readers have now, not the one this claim would make.
  const shownSteps = deriveBuildup(current).steps;
  return [
    written ? timelineExtentNote(written.saidOn, shownSteps) : null,
    sameDayNote(buildup.claims, buildup.steps, id),
    written ? otherFiguresNote(written) : null,
  ].filter((n): n is string => n !== null);
}
