/**
 * How scripts under test/ start the app's production server: as `npm start` does (package.json), `node server.mjs`
 * with glibc's malloc held to two arenas. A unit test (app-server.test.ts) keeps the two the same.
 *
 * Why two arenas: glibc gives each thread that allocates while another holds an arena one of its own, up to eight per
 * core. The raster threads (geo/render/raster-pool.ts) draw with resvg and encode with sharp, tens of megabytes per
 * export, and an arena hands freed memory back to the kernel only from its top: every thread's arena kept its
 * high-water mark. With MALLOC_ARENA_MAX=2, three interleaved pairs of `npm run bench -- --export-load` read a peak of
 * 409–438 MB under 20 concurrent exports against 454–573 MB without it, with the same /api/buildup p99 (11–17 ms) and
 * the same number of 40-megapixel JPEGs drawn.
 */
import path from 'node:path';

export const APP_SERVER_ENV = { MALLOC_ARENA_MAX: '2' } as const;

/** `node` arguments for server.mjs (at `root`) on 127.0.0.1:port. */
export function appServerArgs(root: string, port: number): string[] {
  return [path.join(root, 'server.mjs'), '--port', String(port), '--host', '127.0.0.1'];
}
