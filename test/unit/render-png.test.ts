import { createRequire } from 'node:module';
import encodeChunks from 'png-chunks-encode';
import extractChunks from 'png-chunks-extract';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { citationText } from '@/geo/citation';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { DEFAULT_VIEW } from '@/geo/region';
import { readJpegComments } from '@/geo/render/jpeg-comments';
import { imageTextFields, sourcesText } from '@/geo/render/metadata';
import { iTXtData, readTextChunks, withTextChunks } from '@/geo/render/png-text';
import { mapProjection } from '@/geo/render/projection';
import { renderJpeg, renderPixels, renderPng } from '@/geo/render/raster';
import { type RenderOptions, renderMap } from '@/geo/render/render-svg';
import { ATTRIBUTION } from '@/geo/map-words';
import { type ThemeName, themes } from '@/geo/style';

const buildup = loadBuildup();
const geo = loadGeo();
const BASE = 'https://maps.example';
const render = (o: Partial<RenderOptions> = {}) => renderMap({ buildup, geo, view: DEFAULT_VIEW, width: 1920, height: 1080, baseUrl: BASE, ...o });

const ihdr = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

async function png(o: Partial<RenderOptions> & { width: number; height: number }, scale = 1) {
  const r = render({ ...o, scale });
  return renderPng(r.svg, { width: o.width, height: o.height, scale, text: imageTextFields(r.meta) });
}

/**
 * A Uint8Array view of a Buffer's bytes: with @types/node 20.9 and TypeScript 5.9 a Buffer does not type-check
 * where a Uint8Array is asked for (Buffer.concat, Buffer#equals, the chunk libraries).
 */
const u8 = (b: { buffer: ArrayBufferLike; byteOffset: number; byteLength: number }) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const toHex = (b: { buffer: ArrayBufferLike; byteOffset: number; byteLength: number }) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
const join = (...parts: Buffer[]) => Buffer.concat(parts.map(u8));
/** pngjs's own CRC-32 over a chunk's type and data: a second implementation besides png-chunks-encode's (pngjs skips ancillary chunks without checking them). */
const pngjsCrc32 = (createRequire(import.meta.url)('pngjs/lib/crc') as { crc32(bytes: Uint8Array): number }).crc32;
const pngjsCrc = (type: string, data: Buffer) => pngjsCrc32(u8(join(Buffer.from(type, 'latin1'), data)));
/** Every chunk as written: type, data and the stored CRC, walked by hand so nothing here trusts the chunk libraries. */
function rawChunks(file: Buffer) {
  const out: { type: string; data: Buffer; crc: number; at: number }[] = [];
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    out.push({ type: file.toString('latin1', at + 4, at + 8), data: file.subarray(at + 8, at + 8 + length), crc: file.readInt32BE(at + 8 + length), at });
    at += 12 + length;
  }
  return out;
}
/** The spec's keyword rule, written out independently of png-text's. */
const KEYWORD = /^(?! )(?!.* $)(?!.* {2})[\x20-\x7e\xa1-\xff]{1,79}$/;
/** "Київ" and "🇺🇦 Kyiv" in UTF-8, spelled out so the test does not rely on the encoder it checks. */
const KYIV_UTF8 = 'd09ad0b8d197d0b2';
const FLAG_KYIV_UTF8 = 'f09f87baf09f87a6204b796976';
/** The keywords raster exports carry, in order. */
const KEYWORDS = ['Title', 'Description', 'Source', 'Copyright', 'Creation Time', 'Software', 'Data version', 'Permalink'];

function tinyPng() {
  const image = new PNG({ width: 3, height: 2 });
  image.data.fill(200);
  return PNG.sync.write(image);
}

describe('PNG iTXt chunks', () => {
  it('lays out iTXt data as keyword, NUL, flag 0, method 0, empty language and translated keyword, UTF-8 text', () => {
    expect(toHex(iTXtData('Title', 'Київ'))).toBe(`${toHex(Buffer.from('Title', 'latin1'))}0000000000${KYIV_UTF8}`);
    expect(toHex(iTXtData('Source', '🇺🇦 Kyiv'))).toBe(`${toHex(Buffer.from('Source', 'latin1'))}0000000000${FLAG_KYIV_UTF8}`);
    expect(toHex(iTXtData('Title', 'a\0b'))).toBe(`${toHex(Buffer.from('Title', 'latin1'))}0000000000${toHex(Buffer.from('ab', 'latin1'))}`);
  });

  it('refuses keywords the spec forbids', () => {
    for (const bad of ['', 'K'.repeat(80), ' Title', 'Title ', 'Creation  Time', 'Київ', 'Tab\there', 'Nul\0']) {
      expect(() => iTXtData(bad, 'x'), JSON.stringify(bad)).toThrow(/keyword/);
    }
    expect(() => iTXtData('K'.repeat(79), 'x')).not.toThrow();
    expect(() => iTXtData('Zürich Time', 'x')).not.toThrow();
  });

  it('frames the chunks right after IHDR with lengths and CRCs a real decoder and a second CRC agree with', () => {
    const plain = tinyPng();
    const out = withTextChunks(plain, [['Title', 'Київ'], ['Source', '🇺🇦 Kyiv']]);
    const chunks = rawChunks(out);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'iTXt', ...rawChunks(plain).slice(1).map((c) => c.type)]);
    for (const c of chunks) expect(c.crc, c.type).toBe(pngjsCrc(c.type, c.data));
    expect(toHex(chunks[1].data)).toBe(toHex(iTXtData('Title', 'Київ')));
    // Taking the two chunks out again gives back the original file, byte for byte.
    expect(join(out.subarray(0, chunks[1].at), out.subarray(chunks[3].at)).equals(u8(plain))).toBe(true);
    const decoded = PNG.sync.read(out);
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
    expect(decoded.data.equals(u8(PNG.sync.read(plain).data))).toBe(true);
    expect(readTextChunks(out)).toEqual({ Title: 'Київ', Source: '🇺🇦 Kyiv' });
  });

  it('notices a wrong length or CRC, so the checks above can fail', () => {
    const out = withTextChunks(tinyPng(), [['Title', 'Київ']]);
    const iTXt = rawChunks(out)[1];
    const badLength = Buffer.from(u8(out));
    badLength.writeUInt32BE(iTXt.data.length + 1, iTXt.at);
    expect(() => PNG.sync.read(badLength)).toThrow();
    const badCrc = Buffer.from(u8(out));
    badCrc[iTXt.at + 8 + iTXt.data.length] ^= 0xff;
    expect(() => readTextChunks(badCrc)).toThrow(/CRC/);
    expect(rawChunks(badCrc)[1].crc).not.toBe(pngjsCrc('iTXt', iTXt.data));
  });

  it('still reads tEXt chunks written by other software, as Latin-1', () => {
    const [ihdr, ...rest] = extractChunks(u8(tinyPng()));
    const file = encodeChunks([ihdr, { name: 'tEXt', data: u8(Buffer.from('Zürich\0Genève', 'latin1')) }, ...rest]);
    expect(readTextChunks(file)).toEqual({ Zürich: 'Genève' });
  });
});

describe('renderPng', () => {
  it.each([[1080, 1350], [1080, 1080], [1200, 675], [1920, 1080], [3840, 2160], [3508, 2480]])('draws %i×%i at exactly that many pixels', async (width, height) => {
    expect(ihdr(await png({ width, height }))).toEqual({ width, height });
  });

  it.each([[1200, 675], [1080, 1350]])('doubles %i×%i at scale 2', async (width, height) => {
    expect(ihdr(await png({ width, height }, 2))).toEqual({ width: width * 2, height: height * 2 });
  });

  it('carries title, sources, copyright, date, software and permalink as iTXt right after IHDR', async () => {
    const out = await png({ width: 1200, height: 675, theme: 'dark' });
    // sRGB first (the colours are sRGB: a desk's tools otherwise guess), no pHYs when no resolution is asked for.
    expect(out.toString('latin1', 37, 41)).toBe('sRGB');
    expect(extractChunks(u8(out)).map((c) => c.name).slice(0, 2 + KEYWORDS.length)).toEqual(['IHDR', 'sRGB', ...KEYWORDS.map(() => 'iTXt')]);
    expect(extractChunks(u8(out)).some((c) => c.name === 'tEXt')).toBe(false);
    const text = readTextChunks(out);
    expect(Object.keys(text)).toEqual(KEYWORDS);
    expect(text.Title).toBe(buildup.story.title);
    expect(text.Copyright).toBe(ATTRIBUTION);
    expect(text['Creation Time']).toBe(buildup.asOf);
    expect(text.Software).toBe('Buildup Map');
    expect(text['Data version']).toBe('0');
    expect(text.Permalink).toBe(`${BASE}/#4.6/49/31.5`);
    // The sources of what the image shows (its callouts), each with its whole citation.
    const sources = text.Source.split('\n');
    const svg = render({ width: 1200, height: 675, theme: 'dark' }).svg;
    const drawn = [...svg.matchAll(/class="callout" data-footnote="(\d+)"/g)].map((m) => Number(m[1]));
    const shown = buildup.claims.filter((c) => drawn.includes(c.footnote));
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(sources).toHaveLength(shown.length);
    for (const claim of shown) {
      const line = sources.find((l) => l.startsWith(`[${claim.footnote}] `))!;
      expect(line).toContain(claim.source.url);
      expect(line).toContain(citationText(claim.source));
      expect(line).toContain(claim.claimant);
    }
    // Kept as written, typographic quotes included (tEXt used to turn them into ASCII).
    expect(text.Source).toBe(sourcesText(render({ width: 1200, height: 675, theme: 'dark' }).meta.claims));
    expect(text.Source).toMatch(/[“”]/);
  });

  it('says 300 dpi in pHYs when asked (the A4 preset), so a layout program places it 29.7 cm wide', async () => {
    const out = await renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"/>', { width: 300, height: 200, dpi: 300 });
    const phys = extractChunks(u8(out)).find((c) => c.name === 'pHYs')!;
    const data = Buffer.from(phys.data);
    // 300 dpi = 11,811 pixels per metre, in both directions, unit 1 (the metre).
    expect([data.readUInt32BE(0), data.readUInt32BE(4), data[8]]).toEqual([11811, 11811, 1]);
    expect((await sharp(out).metadata()).density).toBe(300);
  });

  it('keeps a Cyrillic title and an emoji source byte-exact, in a file pngjs decodes', async () => {
    const r = render({ width: 400, height: 300, title: 'Київ' });
    const fields = imageTextFields(r.meta).map(([k, v]): [string, string] => [k, k === 'Source' ? '🇺🇦 Kyiv' : v]);
    expect(fields.find(([k]) => k === 'Title')![1]).toBe('Київ');
    const out = await renderPng(r.svg, { width: 400, height: 300, text: fields });
    const chunks = rawChunks(out);
    const iTXt = chunks.filter((c) => c.type === 'iTXt');
    expect(iTXt.map((c) => c.data.toString('latin1', 0, c.data.indexOf(0)))).toEqual(KEYWORDS);
    for (const c of iTXt) {
      const nul = c.data.indexOf(0);
      expect(c.data.toString('latin1', 0, nul)).toMatch(KEYWORD);
      expect(toHex(c.data.subarray(nul, nul + 5))).toBe('0000000000');
    }
    for (const c of chunks) expect(c.crc, c.type).toBe(pngjsCrc(c.type, c.data));
    const body = (keyword: string) => toHex(iTXt.find((c) => c.data.toString('latin1', 0, c.data.indexOf(0)) === keyword)!.data.subarray(keyword.length + 5));
    expect(body('Title')).toBe(KYIV_UTF8);
    expect(body('Source')).toBe(FLAG_KYIV_UTF8);
    expect(readTextChunks(out)).toEqual(Object.fromEntries(fields));
    const decoded = PNG.sync.read(out);
    expect([decoded.width, decoded.height]).toEqual([400, 300]);
    const { pixels } = await renderPixels(r.svg, { width: 400, height: 300 });
    expect(decoded.data.equals(u8(pixels))).toBe(true);
  });

  it('gives byte-identical files for the same request', async () => {
    const a = await png({ width: 1200, height: 675 });
    const b = await png({ width: 1200, height: 675 });
    expect(a.length).toBe(b.length);
    expect(a.toString('base64') === b.toString('base64')).toBe(true);
  });

  it('leaves the background transparent when asked', async () => {
    const r = render({ width: 1200, height: 675, layout: 'map-only', background: 'transparent' });
    const { pixels } = await renderPixels(r.svg, { width: 1200, height: 675 });
    const alpha = (lng: number, lat: number) => {
      const [x, y] = mapProjection(r.mapView, r.mapBox)([lng, lat])!.map(Math.round);
      return pixels[(y * 1200 + x) * 4 + 3];
    };
    expect(alpha(30, 43.3)).toBe(0); // the Black Sea: no water drawn
    expect(alpha(38, 54)).toBe(255); // Russia
  });

  it("stops the map at its box without a clip path in a picture ('cover'), with one in a file or a transparent picture", async () => {
    const o = { width: 1200, height: 675 };
    const clipped = render(o);
    const covered = render({ ...o, mapEdge: 'cover' });
    expect(clipped.svg).toContain('clip-path=');
    expect(covered.svg).not.toContain('clip-path=');
    expect(covered.svg).not.toContain('<clipPath');
    expect(render({ ...o, mapEdge: 'cover', background: 'transparent' }).svg).toContain('clip-path=');
    // A map that fills the picture needs neither.
    const mapOnly = render({ ...o, layout: 'map-only', mapEdge: 'cover' }).svg;
    expect(mapOnly).not.toContain('clip-path=');
    expect(mapOnly).not.toContain('fill-rule="evenodd"');
    // The same picture either way: the panel is painted over whatever the map draws past its box (the fringe of its
    // edge's anti-aliasing here), as the clip cut it. Without the painting, hundreds of pixels differ.
    const differing = (a: Buffer, b: Buffer) => {
      let n = 0;
      for (let i = 0; i < a.length; i += 4) if (Math.max(...[0, 1, 2].map((c) => Math.abs(a[i + c] - b[i + c]))) > 8) n++;
      return n;
    };
    const [a, b, unpainted] = await Promise.all([
      renderPixels(clipped.svg, o),
      renderPixels(covered.svg, o),
      renderPixels(covered.svg.replace(/<path d="M0 0H1200V675H0Z[^>]*>/, ''), o),
    ]);
    expect(differing(a.pixels, b.pixels)).toBe(0);
    expect(differing(a.pixels, unpainted.pixels)).toBeGreaterThan(300);
  });

  it('encodes JPEG with the sources in a comment', async () => {
    const r = render({ width: 400, height: 300 });
    const jpeg = await renderJpeg(r.svg, { width: 400, height: 300, text: imageTextFields(r.meta) });
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(jpeg.toString('utf8')).toContain(`Permalink: ${BASE}/#4.6/49/31.5`);
  });

  it('encodes JPEG pixels as drawn: colours within a few levels of resvg\'s, red and blue type included', async () => {
    const r = render({ width: 800, height: 450 });
    const drawn = await renderPixels(r.svg, { width: 800, height: 450 });
    const jpeg = await renderJpeg(r.svg, { width: 800, height: 450 });
    const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([800, 450, 3]);
    let total = 0;
    let worst = 0;
    for (let i = 0, j = 0; i < drawn.pixels.length; i += 4, j += 3) {
      for (let c = 0; c < 3; c++) {
        const d = Math.abs(drawn.pixels[i + c] - data[j + c]);
        total += d;
        worst = Math.max(worst, d);
      }
    }
    // Quality 90 at 4:4:4: on average under 2 levels of 255 off; a channel swap or 4:2:0 chroma would be far more.
    expect(total / (800 * 450 * 3)).toBeLessThan(2);
    expect(worst).toBeGreaterThan(0);
  });

  it('writes the JPEG comments as UTF-8, so Cyrillic, emoji and curly quotes survive', async () => {
    const r = render({ width: 800, height: 450, title: 'Київ', sources: ['crimea-2014'] });
    const fields = imageTextFields(r.meta).map(([k, v]): [string, string] => [k, k === 'Description' ? '🇺🇦 Kyiv' : v]);
    const jpeg = await renderJpeg(r.svg, { width: 800, height: 450, text: fields });
    const { width, height, chromaSubsampling } = await sharp(jpeg).metadata();
    expect([width, height, chromaSubsampling]).toEqual([800, 450, '4:4:4']);
    const comments = readJpegComments(jpeg).map((c) => Buffer.from(c, 'utf8'));
    expect(comments.map((c) => c.toString('utf8'))).toEqual(fields.map(([k, v]) => `${k}: ${v}`));
    expect(toHex(comments[0])).toBe(`${toHex(Buffer.from('Title: ', 'latin1'))}${KYIV_UTF8}`);
    expect(toHex(comments[1])).toBe(`${toHex(Buffer.from('Description: ', 'latin1'))}${FLAG_KYIV_UTF8}`);
    expect(comments[2].toString('utf8')).toMatch(/[“”]/);
  });
});

describe('colours, sampled where places project', () => {
  const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const distance = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
  /** How far `c` lies from the straight line of colours between `a` and `b` (anti-aliased hatch edges). */
  const offBlend = (c: number[], a: number[], b: number[]) => {
    const ab = [0, 1, 2].map((i) => b[i] - a[i]);
    const t = Math.max(0, Math.min(1, [0, 1, 2].reduce((s, i) => s + (c[i] - a[i]) * ab[i], 0) / [0, 1, 2].reduce((s, i) => s + ab[i] ** 2, 0)));
    return distance(c, [0, 1, 2].map((i) => a[i] + t * ab[i]));
  };

  it.each(['light', 'dark'] as ThemeName[])('%s: Ukraine, Crimea and Russia read as the legend says', async (name) => {
    const theme = themes[name];
    const width = 1200, height = 675;
    const r = render({ width, height, theme: name, layout: 'map-only' });
    const { pixels } = await renderPixels(r.svg, { width, height });
    const projection = mapProjection(r.mapView, r.mapBox);
    const at = (lng: number, lat: number, dx = 0, dy = 0) => {
      const [x, y] = projection([lng, lat])!;
      const i = (Math.round(y + dy) * width + Math.round(x + dx)) * 4;
      return [pixels[i], pixels[i + 1], pixels[i + 2]];
    };
    const kyiv = geo.cities.features.find((f) => f.properties?.name === 'Kyiv')!.geometry.coordinates;
    // Kyiv's own pixel holds its city dot; a little to the south-west of it is open Ukrainian ground.
    expect(at(kyiv[0], kyiv[1])).toEqual(hex(theme.cityDot));
    expect(at(kyiv[0], kyiv[1], -10, 12)).toEqual(hex(theme.ukraine));
    expect(at(38, 54)).toEqual(hex(theme.russia));
    const crimea = at(34.1, 45.3);
    expect(offBlend(crimea, hex(theme.ukraine), hex(theme.crimeaHatch))).toBeLessThan(4);
    expect(distance(crimea, hex(theme.russia))).toBeGreaterThan(40);
  });
});
