import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { DEFAULT_VIEW } from '@/geo/region';
import { imageTextFields } from '@/geo/render/metadata';
import { crc32, readTextChunks, textChunk, toLatin1 } from '@/geo/render/png-text';
import { mapProjection } from '@/geo/render/projection';
import { renderJpeg, renderPixels, renderPng } from '@/geo/render/raster';
import { type RenderOptions, renderMap } from '@/geo/render/render-svg';
import { ATTRIBUTION, type ThemeName, themes } from '@/geo/style';

const buildup = loadBuildup();
const geo = loadGeo();
const BASE = 'https://maps.example';
const render = (o: Partial<RenderOptions> = {}) => renderMap({ buildup, geo, view: DEFAULT_VIEW, width: 1920, height: 1080, baseUrl: BASE, ...o });

const ihdr = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

async function png(o: Partial<RenderOptions> & { width: number; height: number }, scale = 1) {
  const r = render({ ...o, scale });
  return renderPng(r.svg, { width: o.width, height: o.height, scale, text: imageTextFields(r.meta) });
}

describe('PNG chunks', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('IEND', 'latin1'))).toBe(0xae426082);
    expect(crc32(Buffer.from('123456789', 'latin1'))).toBe(0xcbf43926);
  });

  it('writes tEXt as keyword, NUL, Latin-1 text and a CRC over type and data', () => {
    const chunk = textChunk('Title', 'Kyiv – “Crimea” · 2021');
    expect(chunk.readUInt32BE(0)).toBe(chunk.length - 12);
    expect(chunk.toString('latin1', 4, chunk.length - 4)).toBe('tEXtTitle\0Kyiv - "Crimea" · 2021');
    expect(chunk.readUInt32BE(chunk.length - 4)).toBe(crc32(chunk.subarray(4, chunk.length - 4)));
    expect(toLatin1('Zürich → Łódź')).toBe('Zürich ? Lódz');
  });
});

describe('renderPng', () => {
  it.each([[1080, 1350], [1080, 1080], [1200, 675], [1920, 1080], [3840, 2160], [3508, 2480]])('draws %i×%i at exactly that many pixels', async (width, height) => {
    expect(ihdr(await png({ width, height }))).toEqual({ width, height });
  });

  it.each([[1200, 675], [1080, 1350]])('doubles %i×%i at scale 2', async (width, height) => {
    expect(ihdr(await png({ width, height }, 2))).toEqual({ width: width * 2, height: height * 2 });
  });

  it('carries title, sources, copyright, date, software and permalink as tEXt right after IHDR', async () => {
    const out = await png({ width: 1200, height: 675, theme: 'dark' });
    expect(out.toString('latin1', 37, 41)).toBe('tEXt');
    const text = readTextChunks(out);
    expect(text.Title).toBe(toLatin1(buildup.story.title));
    expect(text.Copyright).toBe(ATTRIBUTION);
    expect(text['Creation Time']).toBe(buildup.asOf);
    expect(text.Software).toBe('Buildup Map');
    expect(text.Permalink).toBe(`${BASE}/#4.6/49/31.5`);
    const sources = text.Source.split('\n');
    expect(sources).toHaveLength(buildup.claims.length);
    for (const claim of buildup.claims) {
      const line = sources.find((l) => l.startsWith(`[${claim.footnote}] `))!;
      expect(line).toContain(claim.source.url);
      expect(line).toContain(toLatin1(claim.source.publisher));
      expect(line).toContain(toLatin1(claim.claimant));
    }
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

  it('encodes JPEG with the sources in a comment', async () => {
    const r = render({ width: 400, height: 300 });
    const jpeg = await renderJpeg(r.svg, { width: 400, height: 300, text: imageTextFields(r.meta) });
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(jpeg.toString('utf8')).toContain(`Permalink: ${BASE}/#4.6/49/31.5`);
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
    expect(at(kyiv[0], kyiv[1], -10, 12)).toEqual(hex(theme.fill.ukraine));
    expect(at(38, 54)).toEqual(hex(theme.fill.russia));
    const crimea = at(34.1, 45.3);
    expect(offBlend(crimea, hex(theme.fill.ukraine), hex(theme.crimeaHatch))).toBeLessThan(4);
    expect(distance(crimea, hex(theme.fill.russia))).toBeGreaterThan(40);
  });
});
