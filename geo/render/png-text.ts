/**
 * PNG text metadata as iTXt chunks, so an export titled "Київ" or "🇺🇦 Kyiv" carries exactly that: tEXt is
 * Latin-1 only. png-chunks-encode frames the chunks (length, type, CRC-32) and png-chunks-extract reads them
 * back with every CRC checked; only the iTXt data layout (PNG specification, "iTXt International textual data") is written here.
 */
import { inflateSync } from 'node:zlib';
import encodeChunks from 'png-chunks-encode';
import extractChunks from 'png-chunks-extract';
import { spliceAfterIhdr } from './png-splice';

/** 1–79 printable Latin-1 characters, no leading, trailing or consecutive spaces (the spec's keyword rule). */
export function isValidKeyword(keyword: string): boolean {
  return /^[\x20-\x7e\xa1-\xff]{1,79}$/.test(keyword) && !/^ | $| {2}/.test(keyword);
}

/** Joins byte arrays (Buffer.concat's Buffer typing does not fit TypeScript 5.9's Uint8Array with @types/node 20.9). */
function concat(parts: ArrayLike<number>[]): Buffer {
  const out = Buffer.alloc(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A Uint8Array view of the same bytes, for APIs typed with Uint8Array. */
const view = (bytes: Buffer | Uint8Array) => new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * iTXt data: keyword, NUL, compression flag 0, compression method 0, language tag "", NUL, translated
 * keyword "", NUL, then the text as UTF-8 (uncompressed; NULs dropped).
 */
export function iTXtData(keyword: string, text: string): Buffer {
  if (!isValidKeyword(keyword)) {
    throw new Error(`PNG text keyword must be 1 to 79 printable Latin-1 characters without leading, trailing or double spaces (got ${JSON.stringify(keyword)})`);
  }
  return concat([Buffer.from(keyword, 'latin1'), [0, 0, 0, 0, 0], Buffer.from(text.replace(/\0/g, ''), 'utf8')]);
}

/**
 * One iTXt chunk per field, framed (length, type, data, CRC-32) and without the PNG signature: what goes after IHDR.
 * Small, so it is made on the request's thread and handed to the raster worker, which splices it in.
 */
export function textChunks(fields: [string, string][]): Uint8Array {
  return encodeChunks(fields.map(([keyword, text]) => ({ name: 'iTXt', data: view(iTXtData(keyword, text)) }))).subarray(8);
}

/** Pixels per metre, as pHYs counts them, for a resolution in dots per inch. */
const perMetre = (dpi: number) => Math.round(dpi / 0.0254);

/**
 * What goes right after IHDR: sRGB (the colours are sRGB, as resvg draws them: a picture desk's tools otherwise
 * guess), pHYs when a resolution is asked for (an A4 at 300 dpi was placed 124 cm wide, read as 72 dpi), then one
 * iTXt chunk per text field. Framed, without the PNG signature.
 */
export function pngChunks(fields: [string, string][], dpi: number | null = null): Uint8Array {
  const physical = dpi === null ? [] : [{ name: 'pHYs', data: view(concat([uint32(perMetre(dpi)), uint32(perMetre(dpi)), [1]])) }];
  const chunks = [{ name: 'sRGB', data: new Uint8Array([0]) }, ...physical, ...fields.map(([keyword, text]) => ({ name: 'iTXt', data: view(iTXtData(keyword, text)) }))];
  return encodeChunks(chunks).subarray(8);
}

function uint32(n: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(n);
  return out;
}

/**
 * The PNG with one iTXt chunk per field placed right after IHDR. Only the new chunks go through the encoder
 * (spliced in after IHDR): re-encoding the whole file would copy the image data through a JavaScript array, about
 * a second of blocked event loop for a 4K export.
 */
export function withTextChunks(png: Buffer, fields: [string, string][]): Buffer {
  return spliceAfterIhdr(png, textChunks(fields));
}

/** Every iTXt and tEXt chunk as { keyword: text }, for tests and for checking an export by hand. Throws on a bad CRC. */
export function readTextChunks(png: Buffer | Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name, data } of extractChunks(view(png))) {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const nul = bytes.indexOf(0);
    if (nul < 0) continue;
    const keyword = bytes.toString('latin1', 0, nul);
    if (name === 'tEXt') out[keyword] = bytes.toString('latin1', nul + 1);
    if (name === 'iTXt') {
      const compressed = bytes[nul + 1] === 1;
      const languageEnd = bytes.indexOf(0, nul + 3);
      const translatedEnd = languageEnd < 0 ? -1 : bytes.indexOf(0, languageEnd + 1);
      if (translatedEnd < 0) continue;
      const body = bytes.subarray(translatedEnd + 1);
      out[keyword] = (compressed ? inflateSync(view(body)) : body).toString('utf8');
    }
  }
  return out;
}
