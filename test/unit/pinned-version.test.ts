/**
 * A pinned data version on the SQLite store: after a newer publish, dataAtVersion(N), GET /api/buildup?v=N and the
 * pinned embed's data still give version N exactly as published; versions that do not exist are null, 404 or a note,
 * and only a real version is cached for good.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Claim } from '@/geo/schema';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const ID = 'carpenter-169-190k';
const valueOf = (claims: { id: string; value: number | null }[]) => claims.find((c) => c.id === ID)?.value;

// A store of this file's own (the modules read the data folder when first imported): other files' route tests
// expect data version 1.
const dir = mkdtempSync(path.join(os.tmpdir(), 'buildup-pinned-'));
vi.stubEnv('BUILDUP_DATA_DIR', dir);
const current = await import('@/store/current');
const { database, closeDatabase } = await import('@/store/db');
const { saveClaim } = await import('@/store/write');
const { GET } = await import('@/app/api/buildup/route');
const { embedCacheControl, pinnedEmbed, pinnedLabel } = await import('@/geo/pinned-embed');

const get = (query: string, headers: Record<string, string> = {}) => GET(new Request(`http://localhost/api/buildup${query}`, { headers }));

describe('a pinned data version', () => {
  beforeAll(async () => {
    // Version 1: the data files, imported on first read. Version 2: a correction of the U.S. figure.
    const first = await current.currentData();
    expect(first.buildup.dataVersion).toBe(1);
    const claim = structuredClone(first.buildup.claims.find((c) => c.id === ID)!) as Claim & { footnote?: number };
    delete claim.footnote;
    const corrected = { ...claim, value: 168000, quote: claim.quote.replace('169,000', '168,000') } as Claim;
    const { db } = await database();
    expect((await saveClaim(db, { id: 'u1', email: 'editor@example.org' }, { id: ID, base: 1, claim: corrected, note: 'Test correction', publish: true, change: 'correction' })).dataVersion).toBe(2);
    expect((await current.refreshCurrent()).buildup.dataVersion).toBe(2);
  });
  afterAll(async () => {
    await closeDatabase();
    rmSync(dir, { recursive: true, force: true });
    vi.unstubAllEnvs();
  });

  it('is the version as published, after a newer one', async () => {
    const v1 = await current.dataAtVersion(1);
    expect(v1?.buildup.dataVersion).toBe(1);
    expect(valueOf(v1!.buildup.claims)).toBe(169000);
    expect(v1?.buildup.version).toMatch(/^v1-/);
    expect(v1?.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const v2 = await current.dataAtVersion(2);
    expect(v2).toBe(await current.currentData());
    expect(valueOf(v2!.buildup.claims)).toBe(168000);
    // The correction is marked in version 2 only.
    expect(v2!.buildup.claims.find((c) => c.id === ID)?.changes?.[0]?.change).toBe('correction');
    expect(v1!.buildup.claims.find((c) => c.id === ID)?.changes ?? []).toEqual([]);
  });

  it('is null for a version that was never published', async () => {
    for (const version of [0, -1, 3, 99999, 1.5, Number.NaN]) expect(await current.dataAtVersion(version), String(version)).toBeNull();
  });

  it('is served by GET /api/buildup?v=N, cached for good; an unknown one is a 404 naming it, junk a 400', async () => {
    const pinned = await get('?v=1');
    expect(pinned.status).toBe(200);
    expect(pinned.headers.get('cache-control')).toBe(IMMUTABLE);
    const body = await pinned.json();
    expect(body.dataVersion).toBe(1);
    expect(valueOf(body.claims)).toBe(169000);
    const etag = pinned.headers.get('etag')!;
    const again = await get('?v=1', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe(IMMUTABLE);

    const latest = await get('');
    expect(latest.headers.get('cache-control')).toBe('public, max-age=2, s-maxage=1, stale-while-revalidate=1');
    expect(valueOf((await latest.json()).claims)).toBe(168000);

    const unknown = await get('?v=99999');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('cache-control')).toBe('no-store');
    expect(await unknown.json()).toEqual({ error: 'There is no data version 99999; the latest is 2.', version: 99999, latest: 2 });
    const junk = await get('?v=abc');
    expect(junk.status).toBe(400);
    expect((await junk.json()).error).toContain('"abc"');
    const twice = await get('?v=1&v=2');
    expect(twice.status).toBe(400);
    expect((await twice.json()).error).toBe('v must be given once (got 2 values)');
    const empty = await get('?v=');
    expect(empty.status).toBe(400);
    expect((await empty.json()).error).toBe('v must be a data version, a whole number from 1 (got "").');
  });

  it('is what a pinned embed shows, with its label; junk or unknown shows the latest with a note', async () => {
    const pinned = await pinnedEmbed('1');
    expect(pinned.notice).toBeNull();
    expect(valueOf(pinned.data!.buildup.claims)).toBe(169000);
    expect(pinnedLabel(pinned.data!)).toMatch(/^Data as published \d{1,2} [A-Z][a-z]+ \d{4} \(version 1\)$/);
    expect(await pinnedEmbed(undefined)).toEqual({ data: null, notice: null });
    expect(await pinnedEmbed('abc')).toEqual({ data: null, notice: '“abc” is not a data version: this map shows the latest data.' });
    expect(await pinnedEmbed('99999')).toEqual({ data: null, notice: 'There is no data version 99999: this map shows the latest data.' });
  });

  it('reads the first of two versions, and says so (it pinned one without a word)', async () => {
    const twice = await pinnedEmbed(['1', '2', '1']);
    expect(valueOf(twice.data!.buildup.claims)).toBe(169000);
    expect(twice.notice).toBe('The address names more than one data version: only the first, “1”, is read (not “2”).');
    expect((await pinnedEmbed(['abc', '1'], 'this page lists')).notice).toBe(
      '“abc” is not a data version: this page lists the latest data. The address names more than one data version: only the first, “abc”, is read (not “1”).',
    );
    expect((await pinnedEmbed(['1', '1'])).notice).toBeNull();
  });

  it('makes only /embed?v=<a published version> cached for good', async () => {
    const caching = (address: string) => embedCacheControl(new URL(address, 'http://localhost'));
    expect(await caching('/embed?v=1')).toBe(IMMUTABLE);
    expect(await caching('/embed?date=2021-12-06&v=2')).toBe(IMMUTABLE);
    for (const address of ['/embed', '/embed?v=3', '/embed?v=0', '/embed?v=abc', '/embed?v=', '/?v=1', '/present?v=1']) {
      expect(await caching(address), address).toBeNull();
    }
  });
});
