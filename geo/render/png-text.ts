/** PNG tEXt chunks, written by hand: 4-byte length, type, data, CRC-32 over type and data. */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: ArrayLike<number>): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const REPLACEMENTS: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"', '–': '-', '—': '-', '…': '...', '\u2009': ' ', '\u202f': ' ', 'Ł': 'L', 'ł': 'l' };

/** tEXt is Latin-1: typographic punctuation becomes its ASCII twin, accents are dropped, the rest is "?". */
export function toLatin1(text: string): string {
  return [...text].map((ch) => {
    if (REPLACEMENTS[ch]) return REPLACEMENTS[ch];
    if (ch.charCodeAt(0) <= 0xff) return ch;
    const plain = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    return plain.length === 1 && plain.charCodeAt(0) <= 0xff ? plain : '?';
  }).join('');
}

export function textChunk(keyword: string, text: string): Buffer {
  const body = Buffer.from(`${toLatin1(keyword).slice(0, 79)}\0${toLatin1(text).replace(/\0/g, '')}`, 'latin1');
  const chunk = Buffer.alloc(12 + body.length);
  chunk.writeUInt32BE(body.length, 0);
  chunk.write('tEXt', 4, 'latin1');
  chunk.set(body, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + body.length)), 8 + body.length);
  return chunk;
}

/** The PNG with the text chunks placed right after IHDR (8-byte signature + 25-byte IHDR chunk). */
export function withTextChunks(png: Buffer, fields: [string, string][]): Buffer {
  const afterIhdr = 8 + 8 + png.readUInt32BE(8) + 4;
  const chunks = fields.map(([k, v]) => textChunk(k, v));
  const out = Buffer.alloc(png.length + chunks.reduce((n, c) => n + c.length, 0));
  out.set(png.subarray(0, afterIhdr), 0);
  let at = afterIhdr;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  out.set(png.subarray(afterIhdr), at);
  return out;
}

/** Reads every tEXt chunk back: for tests and for checking an export by hand. */
export function readTextChunks(png: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'tEXt') {
      const data = png.toString('latin1', at + 8, at + 8 + length);
      const nul = data.indexOf('\0');
      out[data.slice(0, nul)] = data.slice(nul + 1);
    }
    at += 12 + length;
  }
  return out;
}
