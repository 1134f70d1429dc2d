import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/export/route';
import { claimsFileOf } from '@/geo/buildup';
import { exportLimiter } from '@/geo/render/export';
import { rasterPool } from '@/geo/render/raster';
import { readTextChunks } from '@/geo/render/png-text';
import { currentData, refreshCurrent } from '@/store/current';
import { database } from '@/store/db';
import { importData } from '@/store/write';

// A store of this file's own (inside the run's, removed with it): a test here publishes a data version, which other
// files reading the run's store must not see. Set before the store's modules read it (vi.hoisted runs before imports).
const runDataDir = vi.hoisted(() => {
  const dir = process.env.BUILDUP_DATA_DIR!;
  process.env.BUILDUP_DATA_DIR = `${dir}/export-route`;
  return dir;
});
afterAll(() => {
  process.env.BUILDUP_DATA_DIR = runDataDir;
});

const get = (query: string, headers: Record<string, string> = {}) => GET(new Request(`http://localhost/api/export?${query}`, { headers }));
/** The latest data: browsers revalidate every time, shared caches hold it at most 2 s (+3 s while revalidating). */
const CACHE = 'public, max-age=0, s-maxage=2, stale-while-revalidate=3';
/** `v=N`: a published version never changes. */
const PINNED = 'public, max-age=31536000, immutable';

describe('GET /api/export', () => {
  it('answers bad input with 400 JSON naming the parameter', async () => {
    const res = await get('width=abc&scale=9');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({
      error: 'width must be an integer from 200 to 8192 (got "abc"); scale must be an integer from 1 to 4 (got "9")',
      errors: ['width must be an integer from 200 to 8192 (got "abc")', 'scale must be an integer from 1 to 4 (got "9")'],
    });
  });

  it('renders a PNG with type, file name, ETag, caching and metadata', async () => {
    const res = await get('width=400&height=300&theme=dark');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toBe('inline; filename="russias-troop-buildup-near-ukraine_2022-02-24_dark_400x300.png"');
    expect(res.headers.get('cache-control')).toBe(CACHE);
    // The store's data version (seeded from the files on first use), then a hash of the parameters.
    expect(res.headers.get('etag')).toMatch(/^"v1-[0-9a-f]{8}-[0-9a-f]{20}"$/);
    const body = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get('content-length')).toBe(String(body.length));
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([400, 300]);
    expect(readTextChunks(body).Permalink).toBe('http://localhost/#4.62/50.32/31.25');
  });

  // Written on the request thread, twelve wide SVGs with the figures in large type held /api/buildup for 17 s, and the
  // last came back past the 15 s limit.
  it('writes an SVG on a raster thread, leaving the request thread free meanwhile', async () => {
    let busy = 0;
    let ticks = 0;
    const watch = setInterval(() => {
      ticks += 1;
      busy = Math.max(busy, rasterPool().busy);
    }, 1);
    const res = await get('format=svg&headline=figures&width=8192&height=210');
    clearInterval(watch);
    expect(res.status).toBe(200);
    expect((await res.text()).startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(busy).toBe(1);
    expect(ticks).toBeGreaterThan(1);
  });

  it('prints the address the reader asked (its Host), not the one the server listens on', async () => {
    // server.mjs listens on 0.0.0.0: images printed http://0.0.0.0:3000 as their sources' address.
    const res = await GET(new Request('http://0.0.0.0:3000/api/export?format=svg&width=400&height=300', { headers: { Host: 'maps.example.org' } }));
    expect(await res.text()).toContain('permalink="http://maps.example.org/');
  });

  it('names scaled JPEG and SVG files by view, size and scale', async () => {
    const jpeg = await get('zoom=5&lat=48.25&lng=35&width=300&height=200&scale=2&format=jpeg');
    expect(jpeg.headers.get('content-type')).toBe('image/jpeg');
    // Zoom 5 in a picture 300 px wide is zoomed in on Dnipro: the name says so (a view of the whole story shared it).
    expect(jpeg.headers.get('content-disposition')).toBe('inline; filename="russias-troop-buildup-near-ukraine_2022-02-24_around-dnipro_300x200@2x.jpg"');
    // Seen in a map 1200 px wide, the same view is the whole story: no place.
    const whole = await get('zoom=5&lat=48.25&lng=35&frame=1200x900&width=300&height=200&scale=2&format=jpeg');
    expect(whole.headers.get('content-disposition')).toBe('inline; filename="russias-troop-buildup-near-ukraine_2022-02-24_300x200@2x.jpg"');
    // The SVG's metadata names the place, for the export dialog's name of a PNG of it.
    const zoomedSvg = await (await get('zoom=6.5&lat=48.1&lng=37.9&frame=864x645&width=300&height=200&format=svg')).text();
    expect(zoomedSvg).toMatch(/<bm:export [^>]* place="Donetsk"[ >]/);
    expect(await (await get('width=300&height=200&format=svg')).text()).not.toContain(' place=');
    const svg = await get('width=300&height=200&format=svg&title=%3Cscript%3Ex%3C%2Fscript%3E');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const text = await svg.text();
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(text).toContain('<title>&lt;script&gt;x&lt;/script&gt;</title>');
  });

  it('refuses a PNG or JPEG title the shipped font would draw as boxes, naming the characters; an SVG keeps it as text', async () => {
    const title = encodeURIComponent('Карта 中文 🇺🇦');
    const png = await get(`width=400&height=300&title=${title}`);
    expect(png.status).toBe(400);
    expect((await png.json()).error).toBe('title has characters the PNG font cannot draw: "中", "文", "🇺", "🇦" (U+4E2D, U+6587, U+1F1FA, U+1F1E6); leave them out, or export SVG, which keeps text as text');
    const svg = await get(`width=400&height=300&format=svg&title=${title}`);
    expect(svg.status).toBe(200);
    expect(await svg.text()).toContain('<title>Карта 中文 🇺🇦</title>');
    // The SVG's answer says what a PNG or JPEG of it would refuse (the export dialog's preview tells before a download).
    expect(svg.headers.get('x-unprintable')).toBe('title=4E2D.6587.1F1FA.1F1E6');
    expect((await get('width=400&height=300&format=svg&title=Kyiv')).headers.get('x-unprintable')).toBeNull();
  });

  it('falls back to the story’s title for a title of spaces, and names the file by the date the picture shows', async () => {
    const blank = await get('width=400&height=300&format=svg&title=%20%20%20');
    expect(await blank.text()).toContain('<title>Russia&apos;s troop buildup near Ukraine</title>');
    // 31 December is no day of the timeline: the picture shows 22 December's figures, and the file says so.
    const between = await get('width=400&height=300&format=svg&date=2021-12-31');
    expect(between.headers.get('content-disposition')).toBe('inline; filename="russias-troop-buildup-near-ukraine_2021-12-22_400x300.svg"');
    expect(await between.text()).toContain('As of 22 December 2021');
  });

  it("says in its words only what the picture's map shows: a scene of Belarus has no Crimea and three of the flank", async () => {
    const desc = async (query: string) => (await (await get(query)).text()).match(/<desc>([^<]*)<\/desc>/)![1];
    // Scene 8 frames Belarus: its alt text spoke of Crimea's hatching and of all nine flank countries "from the Baltic
    // to the Black Sea".
    const belarus = await desc('scene=8&format=svg&width=1920&height=1080');
    expect(belarus).not.toContain('Crimea, Ukrainian territory');
    expect(belarus).not.toContain('from the Baltic to the Black Sea');
    expect(belarus).toContain('Russia lies to the north and east and Belarus to the north; their land borders with Ukraine are drawn heavier');
    expect(belarus).toMatch(/Of NATO&apos;s eastern-flank countries, the map shows (\w+, )*Latvia, Lithuania and Poland\./);
    // A slide of the whole region: Crimea, and the flank but Estonia, north of the map's top edge.
    const region = await desc('format=svg&width=1920&height=1080');
    expect(region).toContain('Crimea, Ukrainian territory occupied by Russia since 2014, is hatched');
    expect(region).toContain("a band marks Russia within 200 km of the Russia–Ukraine border. Of NATO&apos;s eastern-flank countries, the map shows Bulgaria,");
    expect(region).toMatch(/the map shows [^.]*Latvia, Lithuania, Poland, Romania and Slovakia\./);
    expect(region).not.toMatch(/the map shows [^.]*Estonia/);
  });

  it('gives two pictures that differ only in their caption two ETags', async () => {
    const [below, beside] = await Promise.all(['below', 'beside'].map((caption) => get(`scene=3&layout=map-only&caption=${caption}&format=svg&width=960&height=800`)));
    expect(await below.text()).not.toBe(await beside.text());
    expect(below.headers.get('etag')).not.toBe(beside.headers.get('etag'));
  });

  it('gives byte-identical bodies and ETags for the same request', async () => {
    const [a, b] = [await get('width=500&height=400'), await get('width=500&height=400')];
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
    expect(Buffer.from(await a.arrayBuffer()).toString('base64')).toBe(Buffer.from(await b.arrayBuffer()).toString('base64'));
    const other = await get('width=500&height=400&theme=dark');
    expect(other.headers.get('etag')).not.toBe(a.headers.get('etag'));
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const etag = (await get('width=400&height=300')).headers.get('etag')!;
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await get('width=400&height=300', { 'If-None-Match': header });
      expect(res.status, header).toBe(304);
      expect(res.headers.get('etag')).toBe(etag);
      expect(await res.text()).toBe('');
    }
    expect((await get('width=400&height=300', { 'If-None-Match': '"stale"' })).status).toBe(200);
  });

  describe('v=N, a published data version', () => {
    it('answers junk with 400 naming v, before any render', async () => {
      for (const [query, got] of [['v=abc', '"abc"'], ['v=0', '"0"'], ['v=-1', '"-1"'], ['v=2.5', '"2.5"']]) {
        const res = await get(`width=400&height=300&${query}`);
        expect(res.status, query).toBe(400);
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(await res.json()).toEqual({ error: `v must be a positive integer (got ${got})`, errors: [`v must be a positive integer (got ${got})`] });
      }
    });

    it('answers a version never published with 404 JSON naming it, not cached', async () => {
      const res = await get('width=400&height=300&format=svg&v=999');
      expect(res.status).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.json()).toEqual({ error: 'There is no data version 999; the latest is 1.', version: 999, latest: 1 });
    });

    it('caches the latest version pinned for good: the picture of the address without v, its sources at the version\'s page', async () => {
      const [latest, pinned] = [await get('width=400&height=300&format=svg'), await get('width=400&height=300&format=svg&v=1')];
      expect([latest.status, pinned.status]).toEqual([200, 200]);
      expect(latest.headers.get('cache-control')).toBe(CACHE);
      expect(pinned.headers.get('cache-control')).toBe(PINNED);
      // The same drawing; only the address printed for the sources differs (the dashboard's shows the latest data).
      const [latestSvg, pinnedSvg] = [await latest.text(), await pinned.text()];
      expect(pinnedSvg).toContain('/sources?v=1');
      expect(pinnedSvg.replaceAll(/https?:\/\/[^"<\s]*\/sources\?v=1/g, 'ADDRESS')).toBe(latestSvg.replaceAll(/https?:\/\/[^"<\s]*\/#[\d./-]+/g, 'ADDRESS'));
      expect(pinned.headers.get('etag')).not.toBe(latest.headers.get('etag'));
      expect(pinned.headers.get('etag')).toMatch(/^"v1-/);
      const again = await get('width=400&height=300&format=svg&v=1', { 'If-None-Match': pinned.headers.get('etag')! });
      expect(again.status).toBe(304);
      expect(again.headers.get('cache-control')).toBe(PINNED);
    });

    it('draws an older version exactly as it was published, while the address without v moves on', async () => {
      const before = await (await get('width=400&height=300&format=svg&v=1')).text();
      const { buildup, scenes } = await currentData();
      const file = claimsFileOf(buildup);
      expect((await importData((await database()).db, { id: null, email: 'test@example.org' }, { file: { ...file, story: { ...file.story, title: 'A corrected story title' } }, scenes }, 'the export route test')).version).toBe(2);
      await refreshCurrent();

      const latest = await get('width=400&height=300&format=svg');
      expect(latest.headers.get('etag')).toMatch(/^"v2-/);
      expect(await latest.text()).toContain('<title>A corrected story title</title>');
      const old = await get('width=400&height=300&format=svg&v=1');
      expect(old.headers.get('etag')).toMatch(/^"v1-/);
      expect(old.headers.get('cache-control')).toBe(PINNED);
      expect(await old.text()).toBe(before);
      expect(before).not.toContain('A corrected story title');
      expect(before).toContain('dataVersion="1"');

      const png = await get('width=400&height=300&v=1');
      expect(png.status).toBe(200);
      const text = readTextChunks(Buffer.from(await png.arrayBuffer()));
      expect([text.Title, text['Data version']]).toEqual([buildup.story.title, '1']);
      expect((await get('width=400&height=300&format=svg&v=3')).status).toBe(404);
    });
  });

  describe('when the limiter is saturated', () => {
    const release: (() => void)[] = [];
    afterEach(() => release.splice(0).forEach((r) => r()));

    it('waits about 2 s, then answers 503 with Retry-After', async () => {
      const busy = [0, 1].map(() => exportLimiter.run(() => new Promise<void>((resolve) => release.push(resolve))));
      expect(exportLimiter.active).toBe(2);
      const t0 = Date.now();
      const res = await get('width=400&height=300');
      expect(Date.now() - t0).toBeGreaterThanOrEqual(1900);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('2');
      expect(await res.json()).toEqual({ error: 'Too many exports in progress; try again in a few seconds.' });
      release.splice(0).forEach((r) => r());
      await Promise.all(busy);
      expect((await get('width=400&height=300')).status).toBe(200);
    });
  });
});
