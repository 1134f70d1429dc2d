/**
 * An export's text fields as JPEG comment (COM) segments, one per field: JPEG has no standard key/value text, and a
 * comment is bytes, ours UTF-8, so "Київ" or a curly quote survives. The encoder (sharp) writes none, so they are
 * spliced in after the file's leading APPn segments (JFIF), where encoders that write comments put them.
 */

const SOI = 0xffd8;
const COM = 0xfffe;
/** A segment's length field counts itself (2 bytes) and holds at most 65,535. */
const MAX_COMMENT_BYTES = 65_535 - 2;

/** One COM segment per comment, a comment too long for one segment split over several. */
function commentSegments(comments: string[]): Buffer[] {
  const segments: Buffer[] = [];
  for (const comment of comments) {
    const text = Buffer.from(comment, 'utf8');
    for (let at = 0; at === 0 || at < text.length; at += MAX_COMMENT_BYTES) {
      const part = text.subarray(at, at + MAX_COMMENT_BYTES);
      const segment = Buffer.alloc(4 + part.length);
      segment.writeUInt16BE(COM, 0);
      segment.writeUInt16BE(part.length + 2, 2);
      segment.set(part, 4);
      segments.push(segment);
    }
  }
  return segments;
}

/** Where the leading APPn segments end: the first byte after SOI that is not part of one. */
function afterLeadingApps(jpeg: Buffer): number {
  if (jpeg.length < 4 || jpeg.readUInt16BE(0) !== SOI) throw new Error('not a JPEG: it does not start with SOI');
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff && jpeg[at + 1] >= 0xe0 && jpeg[at + 1] <= 0xef) at += 2 + jpeg.readUInt16BE(at + 2);
  if (at > jpeg.length) throw new Error('not a JPEG: an APP segment runs past the end of the file');
  return at;
}

/** The JPEG with one COM segment per comment after its leading APPn segments. */
export function withJpegComments(jpeg: Buffer, comments: string[]): Buffer {
  if (comments.length === 0) return jpeg;
  const at = afterLeadingApps(jpeg);
  return Buffer.concat([jpeg.subarray(0, at), ...commentSegments(comments), jpeg.subarray(at)]);
}

const APP0 = 0xffe0;
const JFIF = Buffer.from('JFIF\0', 'latin1');

/**
 * The JPEG with its JFIF header saying `dpi` dots per inch (units 1), for print: an A4 at 300 dpi read as 72 was
 * placed 124 cm wide. The encoder writes JFIF (APP0) first; a file without one gets one. Only the header's bytes change.
 */
export function withJfifDensity(jpeg: Buffer, dpi: number): Buffer {
  if (jpeg.length < 4 || jpeg.readUInt16BE(0) !== SOI) throw new Error('not a JPEG: it does not start with SOI');
  const density = Math.max(1, Math.min(0xffff, Math.round(dpi)));
  if (jpeg.readUInt16BE(2) === APP0 && jpeg.subarray(6, 11).equals(JFIF) && jpeg.readUInt16BE(4) >= 16) {
    const out = Buffer.from(jpeg);
    out[13] = 1;
    out.writeUInt16BE(density, 14);
    out.writeUInt16BE(density, 16);
    return out;
  }
  const app0 = Buffer.alloc(18);
  app0.writeUInt16BE(APP0, 0);
  app0.writeUInt16BE(16, 2);
  JFIF.copy(app0, 4);
  app0.set([1, 1, 1], 9);
  app0.writeUInt16BE(density, 12);
  app0.writeUInt16BE(density, 14);
  return Buffer.concat([jpeg.subarray(0, 2), app0, jpeg.subarray(2)]);
}

/** The density a JPEG's JFIF header says, in dots per inch (units 1), or null: for tests and for checking by hand. */
export function readJfifDensity(jpeg: Buffer | Uint8Array): number | null {
  const bytes = Buffer.from(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
  if (bytes.readUInt16BE(2) !== APP0 || !bytes.subarray(6, 11).equals(JFIF) || bytes[13] !== 1) return null;
  return bytes.readUInt16BE(14);
}

/** Every COM segment before the image data, read as UTF-8: for tests and for checking an export by hand. */
export function readJpegComments(jpeg: Buffer | Uint8Array): string[] {
  const bytes = Buffer.from(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
  if (bytes.length < 4 || bytes.readUInt16BE(0) !== SOI) throw new Error('not a JPEG: it does not start with SOI');
  const comments: string[] = [];
  let at = 2;
  // Segments up to the start of scan (SOS, FFDA), after which entropy-coded data follows.
  while (at + 4 <= bytes.length && bytes[at] === 0xff && bytes[at + 1] !== 0xda) {
    const length = bytes.readUInt16BE(at + 2);
    if (bytes.readUInt16BE(at) === COM) comments.push(bytes.toString('utf8', at + 4, at + 2 + length));
    at += 2 + length;
  }
  return comments;
}
