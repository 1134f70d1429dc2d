/**
 * Writes a gzip (level 9) and a brotli (quality 11) copy beside each compressible file the build serves as is (the
 * build's /_next/static and public/), so nginx (gzip_static, brotli_static) and server.mjs's replay memo send them
 * without compressing per request. A copy that would not be smaller is not written, and one left from an earlier
 * version of a file that now gets none is removed: both servers send a copy in place of its file, so a stale one
 * would be served for the new file (public/after-first-paint.js, once under 1 KB, kept its old .gz and .br).
 * Run by `npm run build`.
 *   node scripts/precompress.mjs [folder …]
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(?:js|mjs|css|json|geojson|svg|txt|html|map|ttf)$/;
/** Smaller files gain less than the cost of a second file lookup. */
const MIN_BYTES = 1024;

function* filesUnder(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(file);
    else if (COMPRESSIBLE.test(entry.name)) yield file;
  }
}

/**
 * @param {string[]} folders
 * @returns {{ written: number, removed: number, before: number, after: number }}
 */
export function precompress(folders) {
  const totals = { written: 0, removed: 0, before: 0, after: 0 };
  for (const folder of folders) {
    for (const file of filesUnder(folder)) {
      const bytes = readFileSync(file);
      const copies = bytes.length < MIN_BYTES ? {} : {
        gz: gzipSync(bytes, { level: 9 }),
        br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
      };
      for (const suffix of ['gz', 'br']) {
        const copy = copies[suffix];
        if (copy && copy.length < bytes.length) {
          writeFileSync(`${file}.${suffix}`, copy);
          totals.written += 1;
        } else if (existsSync(`${file}.${suffix}`)) {
          rmSync(`${file}.${suffix}`);
          totals.removed += 1;
        }
      }
      if (copies.br) {
        totals.before += bytes.length;
        totals.after += copies.br.length;
      }
    }
  }
  return totals;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['.next/static', 'public'];
  const { written, removed, before, after } = precompress(folders);
  console.log(`precompress: ${written} copies written${removed ? `, ${removed} stale ones removed` : ''}; ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB with brotli`);
}
