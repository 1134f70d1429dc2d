/** Small numeric helpers shared by every measurement. */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The median of the finite numbers given; null when there are none. */
export function median(values: Array<number | null | undefined>): number | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

export interface Sizes { raw: number; gzip: number; brotli: number }

/** Sizes of one body: as is, gzip at zlib level 6, brotli at its default quality (11). */
export function compressedSizes(body: Buffer): Sizes {
  return {
    raw: body.length,
    gzip: gzipSync(body as Uint8Array, { level: 6 }).length,
    brotli: brotliCompressSync(body as Uint8Array, { params: { [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length,
  };
}

export const sumSizes = (list: Sizes[]): Sizes =>
  list.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });

export const kb = (bytes: number | null | undefined) => (bytes == null ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);
export const ms = (value: number | null | undefined) => (value == null ? 'n/a' : `${Math.round(value)} ms`);
