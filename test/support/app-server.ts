/**
 * How scripts under test/ start the app's production server: as `npm start` does (package.json), `node server.mjs`
 * with glibc's malloc held to two arenas and V8's heap let grow by half at most between full collections. A unit test
 * (app-server.test.ts) keeps the two the same.
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

/**
 * Why V8's heap may grow by 50% at most before its next full collection: left to itself, on a machine with memory to
 * spare, V8 lets the heap grow up to four times what survived the last one. Under 50 connections for 18 s, the request
 * thread's heap (about 50 MB alive) reached 206 MB before a full collection, and RSS stayed 110–150 MB higher when the
 * load stopped, which the exports that followed then added to: an instance peaked at 614 and 633 MB (the scale test's
 * memory row) against 496–510 MB with this flag. Full collections come about every second under that load instead
 * of every ten, each about 10 ms plus 30 ms of incremental steps; requests/s did not change beyond the machine's noise.
 */
export const APP_SERVER_NODE_FLAGS = ['--heap-growing-percent=50'] as const;

/** `node` arguments for server.mjs (at `root`) on 127.0.0.1:port. */
export function appServerArgs(root: string, port: number): string[] {
  return [...APP_SERVER_NODE_FLAGS, path.join(root, 'server.mjs'), '--port', String(port), '--host', '127.0.0.1'];
}
