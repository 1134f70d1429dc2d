/**
 * Writes a gzip (level 9) and a brotli (quality 11) copy beside each compressible file the build serves as is (the
 * build's /_next/static and public/), so nginx (gzip_static, brotli_static) and server.mjs's replay memo send them
 * without compressing per request. A copy that would not be smaller is not written. Run by `npm run build`.
 *   node scripts/precompress.mjs [folder …]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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

const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['.next/static', 'public'];
let written = 0;
let before = 0;
let after = 0;
for (const folder of folders) {
  for (const file of filesUnder(folder)) {
    const bytes = readFileSync(file);
    if (bytes.length < MIN_BYTES) continue;
    const copies = {
      gz: gzipSync(bytes, { level: 9 }),
      br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    };
    for (const [suffix, copy] of Object.entries(copies)) {
      if (copy.length >= bytes.length) continue;
      writeFileSync(`${file}.${suffix}`, copy);
      written += 1;
    }
    before += bytes.length;
    after += copies.br.length;
  }
}
console.log(`precompress: ${written} copies written; ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB with brotli`);
