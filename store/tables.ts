/**
 * The desk's tables, as Kysely sees them (the same on SQLite and PostgreSQL). Nothing in them is ever updated or
 * deleted: every write is a new revision, and every publish a new data version.
 */
import type { Generated } from 'kysely';

/** What a revision is of: one claim, or one of the story's documents. */
export type RevisionKind = 'claim' | 'story' | 'comparisons' | 'scenes';
/** A draft is seen only in the desk; published and retracted revisions belong to a data version. */
export type RevisionState = 'draft' | 'published' | 'retracted';
/**
 * Why it was made: a first version, a correction (something readers see was wrong: a figure, date, place, source, who
 * said it, or the words quoted; readers see "Corrected"), an update (new information: "Updated"), a fix (the wording
 * around the claim: no notice), a retraction, a retracted claim published again ("Restored"), a draft saved, a draft
 * set aside (a revision that holds what readers see again, so the draft no longer waits on top), a claim never
 * published discarded from the desk's list (a test, a duplicate) or restored to it (both hold the draft's body; readers
 * never see either), or an import of a data file.
 */
export type RevisionChange = 'new' | 'correction' | 'update' | 'fix' | 'retraction' | 'restoration' | 'draft' | 'set-aside' | 'discard' | 'undiscard' | 'import';

export interface RevisionTable {
  id: Generated<number>;
  kind: RevisionKind;
  /** The claim's id, or the document's name (story, comparisons, scenes). */
  key: string;
  /** 1, 2, … for each kind and key; unique with them, so two saves of one stale version cannot both land. */
  revision: number;
  state: RevisionState;
  change: RevisionChange;
  /** The editor's note (a retraction's reason). */
  note: string;
  /** The claim or document as JSON; null for a retraction. */
  body: string | null;
  /** Who: the account's id and email at the time, or the file an import came from. */
  author_id: string | null;
  author: string;
  /** ISO 8601, written by the app (the same text on both databases). */
  created_at: string;
  /** The publication that made it public; null for a draft. */
  data_version: number | null;
}

export interface PublicationTable {
  /** The data version: 1, 2, … */
  version: Generated<number>;
  created_at: string;
  author: string;
  summary: string;
}

/** Small facts the store keeps about itself: the last file imported, so one file is imported once. */
export interface MetaTable {
  key: string;
  value: string;
}

/** A failed sign-in, kept for the limit's window (store/sign-in-limit.ts); the only rows ever deleted. */
export interface SignInFailureTable {
  key: string;
  /** ms since 1970. */
  at: number;
}

/**
 * Each build's first-paint shapes under their content name (store/map-shapes.ts): a page drawn by an earlier build,
 * kept by a cache, still finds the shapes it names. Never updated or deleted.
 */
export interface MapShapesTable {
  /** As the address ends: 8 hex digits and .svg. */
  name: string;
  svg: string;
  /** ISO 8601: when a build first served them. */
  kept_at: string;
}

export interface StoreTables {
  revision: RevisionTable;
  publication: PublicationTable;
  store_meta: MetaTable;
  sign_in_failure: SignInFailureTable;
  map_shapes: MapShapesTable;
}
