/**
 * A large JPEG drawn and encoded a band at a time, then joined into one file. A 40-megapixel export drawn whole held
 * resvg's pixmap and a copy of its pixels, 2 × 160 MB; in bands of about 520 rows it holds two copies of one band.
 *
 * The join is lossless, without decoding: every band is a baseline JPEG with the same tables (the same quality, the
 * standard Huffman tables), and each but the last is a whole number of MCU rows. The file takes the first band's
 * header with the picture's height and a restart interval of one band (a DRI segment); then each band's
 * entropy-coded data follows the one before after a restart marker (RST0 to RST7 in turn), where a decoder resets
 * the DC predictions, as the band's own encoder began with them. Decoded, the file has the very pixels of the bands.
 * A restart interval counts at most 65,535 MCUs, which sets the bands' height (jpegBands).
 */

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const DRI = 0xdd;
const RST0 = 0xd0;
/** Start-of-frame markers: 0xC0 is baseline; the others (progressive, lossless, arithmetic) cannot be joined. */
const BASELINE = 0xc0;
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
const TABLES = new Set([0xdb, 0xc4]); // DQT, DHT
const MAX_RESTART_INTERVAL = 0xffff;
/** Exports are encoded at 4:4:4 (jpeg-encode.ts), so an MCU is 8 × 8 pixels. */
const MCU_PX = 8;

export interface Band {
  /** Pixels from the top of the picture. */
  top: number;
  height: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The bands of a picture: as tall as a restart interval allows (a whole number of MCU rows), and a multiple of
 * `unitPx` (output pixels per SVG unit), so each band's top lies on the SVG's grid; the last takes the rest.
 */
export function jpegBands(widthPx: number, heightPx: number, unitPx = 1): Band[] {
  const step = (MCU_PX * unitPx) / gcd(MCU_PX, unitPx);
  const mcuColumns = Math.ceil(widthPx / MCU_PX);
  const tallest = Math.floor((Math.floor(MAX_RESTART_INTERVAL / mcuColumns) * MCU_PX) / step) * step;
  if (tallest <= 0) throw new Error(`a JPEG ${widthPx} px wide is too wide to draw in bands`);
  const bands: Band[] = [];
  for (let top = 0; top < heightPx; top += tallest) bands.push({ top, height: Math.min(tallest, heightPx - top) });
  return bands;
}

interface Parsed {
  /** The segments before SOS, each from its marker to its end. */
  segments: { marker: number; bytes: Uint8Array }[];
  sos: Uint8Array;
  /** The entropy-coded data, between the SOS segment and EOI. */
  scan: Uint8Array;
  width: number;
  height: number;
  mcuWidth: number;
  mcuHeight: number;
}

function parse(jpeg: Uint8Array, name: string): Parsed {
  const fail = (why: string): never => {
    throw new Error(`${name} ${why}`);
  };
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== SOI) fail('is not a JPEG (no start-of-image marker)');
  if (jpeg[jpeg.length - 2] !== 0xff || jpeg[jpeg.length - 1] !== EOI) fail('does not end with an end-of-image marker');
  const view = new DataView(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
  const segments: Parsed['segments'] = [];
  let frame: { width: number; height: number; mcuWidth: number; mcuHeight: number } | null = null;
  let at = 2;
  while (at + 4 <= jpeg.length) {
    if (jpeg[at] !== 0xff) fail(`has no marker at byte ${at}`);
    const marker = jpeg[at + 1];
    const end = at + 2 + view.getUint16(at + 2);
    if (end > jpeg.length) fail(`has a segment (0xFF${marker.toString(16).toUpperCase()}) running past its end`);
    const bytes = jpeg.subarray(at, end);
    if (marker === DRI) fail('already has a restart interval');
    if (isStartOfFrame(marker)) {
      if (marker !== BASELINE) fail(`is not a baseline JPEG (start of frame 0xFF${marker.toString(16).toUpperCase()})`);
      const components = jpeg[at + 9];
      let [horizontal, vertical] = [1, 1];
      for (let c = 0; c < components; c++) {
        horizontal = Math.max(horizontal, jpeg[at + 11 + 3 * c] >> 4);
        vertical = Math.max(vertical, jpeg[at + 11 + 3 * c] & 0x0f);
      }
      frame = { height: view.getUint16(at + 5), width: view.getUint16(at + 7), mcuWidth: 8 * horizontal, mcuHeight: 8 * vertical };
    }
    if (marker === SOS) {
      if (!frame) fail('has no start of frame before its scan');
      return { segments, sos: bytes, scan: jpeg.subarray(end, jpeg.length - 2), ...frame! };
    }
    segments.push({ marker, bytes });
    at = end;
  }
  return fail('has no scan');
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);
const tablesOf = (p: Parsed) => p.segments.filter((s) => TABLES.has(s.marker)).map((s) => s.bytes);

/** One JPEG from band JPEGs, top to bottom (see the top of this file). One band is returned as it is. */
export function joinJpegBands(bands: readonly Uint8Array[]): Buffer {
  if (bands.length === 0) throw new Error('no JPEG bands to join');
  if (bands.length === 1) return Buffer.from(bands[0]);
  const parsed = bands.map((b, i) => parse(b, `JPEG band ${i + 1} of ${bands.length}`));
  const first = parsed[0];
  const interval = Math.ceil(first.width / first.mcuWidth) * (first.height / first.mcuHeight);
  parsed.forEach((p, i) => {
    const name = `JPEG band ${i + 1} of ${bands.length}`;
    if (p.width !== first.width) throw new Error(`${name} is ${p.width} px wide, the first ${first.width} px`);
    if (i < parsed.length - 1 && p.height !== first.height) throw new Error(`${name} is ${p.height} px high, the first ${first.height} px (only the last band may differ)`);
    if (p.height > first.height) throw new Error(`${name} is ${p.height} px high, taller than the first (${first.height} px)`);
    if (p.mcuHeight !== first.mcuHeight || p.mcuWidth !== first.mcuWidth) throw new Error(`${name} has other chroma sampling than the first`);
    const tables = tablesOf(p);
    const firstTables = tablesOf(first);
    if (tables.length !== firstTables.length || tables.some((t, k) => !sameBytes(t, firstTables[k]))) {
      throw new Error(`${name} has other quantisation or Huffman tables than the first (another quality or optimised coding)`);
    }
  });
  if (first.height % first.mcuHeight !== 0) throw new Error(`JPEG bands must be a whole number of ${first.mcuHeight}-pixel MCU rows high, not ${first.height} px`);
  if (interval > MAX_RESTART_INTERVAL) throw new Error(`a JPEG band of ${interval} MCUs is longer than a restart interval (${MAX_RESTART_INTERVAL})`);
  const height = parsed.reduce((sum, p) => sum + p.height, 0);
  if (height > 0xffff) throw new Error(`a JPEG cannot be ${height} px high (at most 65,535)`);

  const parts: Uint8Array[] = [Uint8Array.of(0xff, SOI)];
  for (const { marker, bytes } of first.segments) {
    if (marker !== BASELINE) {
      parts.push(bytes);
      continue;
    }
    const frame = Uint8Array.from(bytes);
    new DataView(frame.buffer).setUint16(5, height);
    parts.push(frame);
  }
  parts.push(Uint8Array.of(0xff, DRI, 0, 4, interval >> 8, interval & 0xff), first.sos);
  parsed.forEach((p, i) => {
    if (i > 0) parts.push(Uint8Array.of(0xff, RST0 + ((i - 1) % 8)));
    parts.push(p.scan);
  });
  parts.push(Uint8Array.of(0xff, EOI));
  return Buffer.concat(parts);
}
