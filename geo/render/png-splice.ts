/** PNG chunks put right after IHDR, by copying the three parts once (png-text.ts and the raster worker use it). */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The PNG with `chunks` (framed chunks: length, type, data, CRC; no signature) inserted after IHDR. */
export function spliceAfterIhdr(png: Uint8Array, chunks: Uint8Array): Buffer {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!SIGNATURE.every((b, i) => bytes[i] === b) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG that starts with IHDR');
  const afterIhdr = 8 + 8 + bytes.readUInt32BE(8) + 4;
  // Buffer.alloc, not allocUnsafe: a buffer of its own (never a slice of Node's pool), so the worker can transfer it.
  const out = Buffer.alloc(bytes.length + chunks.length);
  out.set(bytes.subarray(0, afterIhdr), 0);
  out.set(chunks, afterIhdr);
  out.set(bytes.subarray(afterIhdr), afterIhdr + chunks.length);
  return out;
}
