import 'server-only';
/**
 * The first paint's shapes of every build, kept in the store under their content name (app/map-shapes). A page keeps
 * the name of the shapes its build drew: a pinned embed cached for a year, or an edge's copy of a page during a
 * deploy, asks for shapes the new build does not draw, and without them its countries were blank. The same bytes
 * under the same name, never other shapes.
 */
import type { Db } from './db';

/** Names kept already in each database this process opened (one insert per build, process and database). */
const keptIn = new WeakMap<Db['db'], Set<string>>();

export async function keepMapShapes(handle: Db, name: string, svg: string): Promise<void> {
  const kept = keptIn.get(handle.db) ?? new Set<string>();
  keptIn.set(handle.db, kept);
  if (kept.has(name)) return;
  // Two instances serving their first request at once: the first insert wins, the bytes are the same.
  await handle.db.insertInto('map_shapes').values({ name, svg, kept_at: new Date().toISOString() })
    .onConflict((c) => c.column('name').doNothing()).execute();
  kept.add(name);
}

/** The shapes an earlier build served under `name`, or null. */
export async function keptMapShapes(handle: Db, name: string): Promise<string | null> {
  const row = await handle.db.selectFrom('map_shapes').select('svg').where('name', '=', name).executeTakeFirst();
  return row?.svg ?? null;
}
