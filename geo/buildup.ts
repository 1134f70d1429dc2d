import type { Claim, ClaimsFile, Source } from './schema';
import { formatNumber } from './format';
import { timelineSteps } from './timeline';

/**
 * A published change to a claim that readers see: "Corrected 1 December 2026: …; previously 160,000". A claim
 * retracted and published again shows both the retraction and its restoration.
 */
export interface ClaimChange {
  change: 'correction' | 'update' | 'retraction' | 'restoration';
  /** The day it was published (YYYY-MM-DD). */
  date: string;
  note: string;
  /** The figure before the change ("160,000 troops"), when it changed. */
  previous: string | null;
}

export interface NumberedClaim extends Claim {
  /** The footnote number a viewer sees on the map, in the panel and in exports. */
  footnote: number;
  /** Its published corrections, updates, retractions and restorations, oldest first (none for a claim never changed). */
  changes?: ClaimChange[];
}

/**
 * What a page hands the browser of a claim: the figure, who said it and when, what it covers. Not the quote, the
 * citation or the further readings: the server renders those into the page (geo/render/claim-lists.ts) and the
 * browser reads them from `/api/buildup` when a source card asks. A claim without a number keeps its quote: it is
 * its headline. A whole claim is one of these too.
 */
export type ClaimSummary = Omit<NumberedClaim, 'quote' | 'source' | 'readings' | 'note' | 'saidOnNote' | 'where'> & {
  quote?: string;
  source: Pick<Source, 'outlet'>;
  where: Pick<Claim['where'], 'geometry'> & { description?: string };
};

/** The summary of a claim (see ClaimSummary). */
export function summariseClaim({ quote, source, where, readings: _readings, note: _note, saidOnNote: _saidOnNote, ...rest }: NumberedClaim): ClaimSummary {
  return { ...rest, source: { outlet: source.outlet }, where: { geometry: where.geometry }, ...(rest.value === null ? { quote } : {}) };
}

/** Whether a claim came with its quote and citation (from `/api/buildup`), not only its summary. */
export const isWholeClaim = (claim: ClaimSummary): claim is NumberedClaim => 'url' in claim.source;

/** A figure set beside another of the same series, scope, place and unit (the schema refuses any other pair). */
export interface Comparison {
  of: string;
  to: string;
  ratio: number;
  /** e.g. "2.5×", or "about 2.5×" when rounded or of a figure with a qualifier; the same everywhere it is shown. */
  label: string;
}

export interface Buildup {
  story: ClaimsFile['story'];
  claims: NumberedClaim[];
  comparisons: Comparison[];
  /** The dates claims were made on, in order: the steps of the timeline (geo/timeline.ts). */
  steps: string[];
  /** The latest date any claim was made (the last step). */
  asOf: string;
  /** The desk's data version (each publish is one more); 0 for claims read from a file alone. */
  dataVersion: number;
  /** Changes whenever the claims change; feeds ETags of everything drawn from them. */
  version: string;
}

/** FNV-1a: a short, stable fingerprint that runs in the browser and on the server alike. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * What the API serves and every view draws: the validated claims plus what code derives from them, at a data version
 * of the desk with the claims' published changes.
 */
export function deriveBuildup(file: ClaimsFile, published: { dataVersion: number; changes: Record<string, ClaimChange[]> } = { dataVersion: 0, changes: {} }): Buildup {
  // Its own entry only: an id such as "constructor" names what every object inherits.
  const changesOf = (id: string) => (Object.hasOwn(published.changes, id) ? published.changes[id] : []);
  const claims = file.claims.map((claim, i) => ({ ...claim, footnote: i + 1, ...(changesOf(claim.id).length ? { changes: changesOf(claim.id) } : {}) }));
  const byId = new Map(claims.map((c) => [c.id, c]));
  const comparisons = file.comparisons.map(({ of, to }) => {
    const [a, b] = [byId.get(of), byId.get(to)];
    const ratio = (a?.value ?? NaN) / (b?.value ?? NaN);
    // "about" when the ratio is rounded or either figure is ("about 70,000", "more than 100,000").
    const rough = Number(ratio.toFixed(1)) !== ratio || Boolean(a?.qualifier || b?.qualifier);
    return { of, to, ratio, label: `${rough ? 'about ' : ''}${ratio.toFixed(1)}×` };
  });
  const steps = timelineSteps(claims);
  const print = fingerprint(JSON.stringify([file, published.changes]));
  return {
    story: file.story, claims, comparisons, steps, asOf: steps.at(-1)!, dataVersion: published.dataVersion,
    version: published.dataVersion > 0 ? `v${published.dataVersion}-${print}` : print,
  };
}

export function claimById<C extends { id: string }>(buildup: { claims: C[] }, id: string): C | undefined {
  return buildup.claims.find((c) => c.id === id);
}

/** "169,000 to 190,000", "90,000" */
export function formatValue(claim: Pick<Claim, 'value' | 'valueHigh'>): string {
  if (claim.value === null) return '';
  return claim.valueHigh === undefined ? formatNumber(claim.value) : `${formatNumber(claim.value)} to ${formatNumber(claim.valueHigh)}`;
}

/** "more than 90,000 troops"; a claim without a number is its quote. */
export function describeFigure(claim: Pick<ClaimSummary, 'value' | 'valueHigh' | 'qualifier' | 'unit' | 'quote'>): string {
  if (claim.value === null) return claim.quote ?? '';
  return [claim.qualifier, formatValue(claim), claim.unit].filter(Boolean).join(' ');
}

/** The accessible name of each claim's callout: "Source 1: more than 90,000 troops, Ukrainian officials". */
export function calloutLabels(claims: readonly ClaimSummary[]): Record<string, string> {
  return Object.fromEntries(claims.map((c) => [c.id, `Source ${c.footnote}: ${describeFigure(c)}, ${c.claimant}`]));
}

/** The year Crimea's occupation began, as a claim about Crimea states it; null when no claim does. */
export function occupationYear(buildup: { claims: readonly Pick<ClaimSummary, 'where' | 'year'>[] }): number | null {
  return buildup.claims.find((c) => c.where.geometry === 'crimea' && c.year !== undefined)?.year ?? null;
}

/** The claims file a buildup was derived from (without footnotes, changes or anything else derived). */
export function claimsFileOf(buildup: Pick<Buildup, 'story' | 'comparisons' | 'claims'>): ClaimsFile {
  return {
    story: buildup.story,
    comparisons: buildup.comparisons.map(({ of, to }) => ({ of, to })),
    claims: buildup.claims.map(({ footnote, changes, ...claim }) => claim),
  };
}
