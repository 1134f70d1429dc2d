/**
 * The words a claim's fields may hold, for the schema (geo/schema.ts) and for the desk's form in the browser (free of
 * zod, which must stay out of the page's scripts).
 */
/**
 * What a claim's id is made of: lowercase letters, digits and dashes, at most 80 (it appears in addresses and file
 * names), and not a name the desk's API takes for its own addresses (app/api/claims/check, …/preview): a claim
 * "preview" was published and then answered 405 to every reading, correction and retraction.
 */
export const CLAIM_ID = /^(?!(?:check|preview)$)[a-z0-9][a-z0-9-]{0,79}$/;
export const CLAIM_ID_RULE = 'must be lowercase letters, digits and dashes, at most 80 of them, and not "check" or "preview" (the desk\'s own addresses)';

/** Kinds with a number: a count stated as fact, an estimate, or a planned, expected or possible future level. */
export const FIGURE_KINDS = ['reported', 'estimate', 'projection'] as const;
/**
 * Kinds without a number: a stated fact (status), what someone said (statement), and what someone said would
 * follow under a condition (conditional; its quote keeps the condition).
 */
export const TEXT_KINDS = ['status', 'statement', 'conditional'] as const;
export const CLAIM_KINDS = [...FIGURE_KINDS, ...TEXT_KINDS] as const;
/**
 * What a figure counts. The map, the chart and the spread draw troops; a unit the data does not know would drop a
 * figure from all three without a word (a typo, "troosp", did in the desk's preview), so it is a choice.
 */
export const UNITS = ['troops', 'battalion tactical groups'] as const;
export const PLACE_GEOMETRIES = ['border-zone', 'crimea', 'belarus', 'russia', 'eastern-flank', 'ukraine', 'region'] as const;

/** What a figure covers, as its source says; "unknown" when it does not say. */
export const SCOPE_AREAS = ['near the border', 'within 200 km', 'within 400 km', 'in and near Ukraine', 'in and around Ukraine', 'in Belarus', 'unknown'] as const;
/**
 * "all forces": a total the source gives as such ("the total number of Russian troops … including 126,000 ground
 * troops") without naming the other forces; "ground, naval and air" only where it names them.
 */
export const SCOPE_COMPONENTS = ['ground', 'ground, naval and air', 'all forces', 'unknown'] as const;
/**
 * What a claim's date is: the day the words were said, or, where the source does not say when, the day a report
 * carried them (its `saidOnNote` says what is known).
 */
export const DATED_BY = ['statement', 'report'] as const;
export const DATED_BY_WORDS: Record<(typeof DATED_BY)[number], string> = {
  statement: 'the day it was said',
  report: 'the day a report carried it (when it was said is not known)',
};
export const SCOPE_INCLUDES = ['crimea', 'belarus', 'occupied-donbas', 'national-guard', 'separatists'] as const;
export const INCLUDED = ['yes', 'no', 'unknown'] as const;

/** How the text was read when not at the original outlet. */
export const READ_HOW = ['republication', 'digest', 'quotation', 'copy'] as const;
