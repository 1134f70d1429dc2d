import 'server-only';
/** The store read for the desk (every claim with its state and history) and for readers (the public change log). */
import type { Kysely } from 'kysely';
import { isDiscarded, isWaitingDraft, type PublicChange } from '@/geo/change-words';
import { figureOfBody, previousWords } from '@/geo/claim-previous';
import type { RevisionTable, StoreTables } from './tables';
import { type RevisionView, viewOf } from './write';

type Row = RevisionTable & { id: number };

export interface DeskClaim {
  id: string;
  /** What readers see: published, retracted, or never published (a draft only). */
  state: 'published' | 'retracted' | 'draft';
  /** A draft saved after the last publish, not yet public (nor set aside). */
  pendingDraft: boolean;
  /** Never published and discarded from the desk's list (its revisions kept): restored before anything is saved on it. */
  discarded: boolean;
  /** The newest revision (what a save must be based on: If-Match). */
  latest: RevisionView;
  history: RevisionView[];
}

/** A claim's revisions, oldest first, as the desk shows it. */
function deskClaimOf(id: string, list: Row[]): DeskClaim {
  const latest = list.at(-1)!;
  const shown = [...list].reverse().find((r) => r.data_version !== null);
  return {
    id,
    state: shown ? (shown.state === 'retracted' ? 'retracted' : 'published') : 'draft',
    pendingDraft: isWaitingDraft(latest) && shown !== undefined,
    discarded: isDiscarded(latest),
    latest: viewOf(latest),
    history: list.map(viewOf),
  };
}

/** Every claim the store knows, newest activity first, each with its whole history. */
export async function deskClaims(db: Kysely<StoreTables>): Promise<DeskClaim[]> {
  const rows = (await db.selectFrom('revision').selectAll().where('kind', '=', 'claim').orderBy('id').execute()) as Row[];
  const byKey = new Map<string, Row[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  return [...byKey.entries()].map(([id, list]) => deskClaimOf(id, list)).sort((a, b) => b.latest.id - a.latest.id);
}

/** One claim with its history, or null when the store has none by that id. */
export async function deskClaim(db: Kysely<StoreTables>, id: string): Promise<DeskClaim | null> {
  const rows = (await db.selectFrom('revision').selectAll().where('kind', '=', 'claim').where('key', '=', id).orderBy('id').execute()) as Row[];
  return rows.length ? deskClaimOf(id, rows) : null;
}


/** Every published change, newest first (at most `limit`): what readers' data versions were made of. Authors are not public. */
export async function changeLog(db: Kysely<StoreTables>, limit = 200): Promise<PublicChange[]> {
  const rows = (await db.selectFrom('revision').innerJoin('publication', 'publication.version', 'revision.data_version')
    .select(['revision.id', 'revision.kind', 'revision.key', 'revision.change', 'revision.note', 'revision.body', 'revision.data_version', 'publication.created_at as published_at'])
    .orderBy('revision.id', 'desc').limit(limit).execute());
  const previousOf = async (row: (typeof rows)[number]) => {
    if (row.kind !== 'claim' || row.change === 'new') return null;
    const before = await db.selectFrom('revision').select('body').where('kind', '=', 'claim').where('key', '=', row.key)
      .where('data_version', 'is not', null).where('body', 'is not', null).where('id', '<', row.id).orderBy('id', 'desc').limit(1).executeTakeFirst();
    return previousWords(before?.body ?? null, row.body);
  };
  const changes: PublicChange[] = [];
  for (const row of rows) {
    const figure = row.kind === 'claim' ? figureOfBody(row.body) : null;
    const previous = await previousOf(row);
    changes.push({
      dataVersion: Number(row.data_version), publishedAt: row.published_at, change: row.change, kind: row.kind, key: row.key, note: row.note,
      figure, previous,
    });
  }
  return changes;
}
