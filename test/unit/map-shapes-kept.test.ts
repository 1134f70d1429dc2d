/**
 * A page names the first-paint shapes its build drew (app/map-shapes): a pinned embed cached for a year, or an edge's
 * copy of a page during a deploy, still asks for them once a new build draws others. The store keeps every build's
 * (store/map-shapes.ts), so such a page keeps its countries; a name no build served stays a 404.
 */
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { GET } from '@/app/map-shapes/[file]/route';
import { database, openDatabase } from '@/store/db';
import { ensureStoreTables } from '@/store/migrate';
import { keepMapShapes, keptMapShapes } from '@/store/map-shapes';
import { currentBuildup } from '@/store/current';
import { loadGeo } from '@/geo/load-geo';
import { firstPaintMap, SHARED_SHAPES_PATH } from '@/geo/render/first-paint';
import { createDatabase } from '../support/postgres';

// A store of this file's own: the test writes an earlier build's shapes into it.
const runDataDir = vi.hoisted(() => {
  const dir = process.env.BUILDUP_DATA_DIR!;
  process.env.BUILDUP_DATA_DIR = `${dir}/map-shapes-kept`;
  return dir;
});
afterAll(() => {
  process.env.BUILDUP_DATA_DIR = runDataDir;
});

const get = (file: string) => GET(new Request(`http://localhost/map-shapes/${file}`), { params: Promise.resolve({ file }) });
/** What an earlier build drew: other shapes, under their own content name. */
const EARLIER = { name: '0badc0de.svg', svg: '<svg xmlns="http://www.w3.org/2000/svg"><defs><path id="bm-c-UKR" d="M0 0h1v1z"/></defs></svg>' };

describe('GET /map-shapes/{name}.svg', () => {
  it("serves this build's shapes, and keeps them in the store for the pages that outlive the build", async () => {
    const buildup = await currentBuildup();
    const name = firstPaintMap(buildup, loadGeo(), buildup.steps.length - 1).svg.match(new RegExp(`${SHARED_SHAPES_PATH}([0-9a-f]{8}\\.svg)`))![1];
    const res = await get(name);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = await res.text();
    expect(body).toContain('<path id="bm-c-UKR" d="M');
    expect(await keptMapShapes(await database(), name)).toBe(body);
  });

  it("serves an earlier build's shapes under their name, as that build served them", async () => {
    await keepMapShapes(await database(), EARLIER.name, EARLIER.svg);
    const res = await get(EARLIER.name);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe(EARLIER.svg);
  });

  it('answers a name no build served with a 404 naming it, never other shapes', async () => {
    const res = await get('00000000.svg');
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toBe("The map shapes 00000000.svg are not this build's, nor an earlier build's.\n");
    const junk = await get('..%2Fbuildup.sqlite');
    expect(junk.status).toBe(404);
    expect(await junk.text()).toMatch(/^No map shapes are named "\.\.%2Fbuildup\.sqlite": the name is 8 hex digits and \.svg\.\n$/);
  });
});

describe('the store keeps each name once, with its first bytes (PostgreSQL)', () => {
  it('keeps the first shapes under a name: a second keep of the name changes nothing', async () => {
    const server = inject('postgresUrl');
    if (server.startsWith('error:')) throw new Error(`the PostgreSQL tests need PostgreSQL: ${server.slice(7)}`);
    const handle = await openDatabase(createDatabase(server, `shapes_${process.pid}_${Date.now()}`));
    try {
      await ensureStoreTables(handle);
      expect(await keptMapShapes(handle, EARLIER.name)).toBeNull();
      await keepMapShapes(handle, EARLIER.name, EARLIER.svg);
      await keepMapShapes(handle, EARLIER.name, '<svg/>');
      expect(await keptMapShapes(handle, EARLIER.name)).toBe(EARLIER.svg);
    } finally {
      await handle.db.destroy();
    }
  });
});
