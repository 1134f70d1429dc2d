/**
 * One layer table (geo/layers.ts) feeds the MapLibre style, the SVG renderer and both legends: a value changed in
 * the table changes every surface. Each surface here is built from a table with three values changed.
 */
import { describe, expect, it } from 'vitest';
import { occupationYear } from '@/geo/buildup';
import { figureLayers } from '@/geo/figure-symbols';
import { legendEntries } from '@/geo/legend';
import { type MapLayer, MAP_LAYERS } from '@/geo/layers';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { hatchImage, mapStyle } from '@/geo/map-style';
import { DEFAULT_VIEW } from '@/geo/region';
import { cssPalette } from '@/geo/render/palette';
import { renderMap } from '@/geo/render/render-svg';
import { swatchSvg } from '@/geo/render/swatch';
import { themes } from '@/geo/style';

const buildup = loadBuildup();
const geo = loadGeo();

/** The shipped table with the border zone's opacity, the Crimea hatch's spacing and the Crimea line's dash changed. */
const changed: MapLayer[] = MAP_LAYERS.map((layer): MapLayer => {
  if (layer.id === 'border-zone') return { ...layer, paint: { type: 'fill', colour: 'reported', opacity: 0.5 } };
  if (layer.id === 'crimea-hatch' && layer.paint.type === 'hatch') return { ...layer, paint: { type: 'hatch', hatch: { ...layer.paint.hatch, spacing: 9 } } };
  if (layer.id === 'crimea-line' && layer.paint.type === 'line') return { ...layer, paint: { ...layer.paint, dash: [5, 1] } };
  return layer;
});

describe('a value changed in the layer table', () => {
  const style = mapStyle({
    theme: themes.light, origin: '', typeScale: 1, figures: figureLayers(buildup, geo), crimeaSince: occupationYear(buildup),
    hidden: [], highlight: null, table: changed,
  });
  const paintOf = (id: string) => style.layers.find((l) => l.id === id)!.paint as Record<string, unknown>;
  // At 1024×768 the image’s strokes and patterns are drawn at the live map’s size (k = 1), and its map, at the view's
  // fixed zoom, shows Crimea (at 800×600 the sources now go under the map, which then ends north of it).
  const { svg } = renderMap({ buildup, geo, view: DEFAULT_VIEW, width: 1024, height: 768, table: changed });
  const entries = legendEntries({ figures: [], crimeaSince: 2014, hidden: [] });
  const pageSwatch = (id: string) => swatchSvg(entries.find((e) => e.id === id)!.swatch, { x: 0, y: 0, width: 24, height: 16 }, 1, cssPalette, 'bm-legend', changed);

  it('changes the live map’s style', () => {
    expect(paintOf('border-zone')['fill-opacity']).toEqual(['case', ['boolean', ['feature-state', 'shown'], true], 0.5, 0]);
    expect(paintOf('crimea-line')['line-dasharray']).toEqual([5, 1]);
    const hatch = changed.find((l) => l.id === 'crimea-hatch')!.paint;
    expect(hatch.type === 'hatch' && hatchImage(hatch.hatch, themes.light).width).toBe(Math.round(9 * Math.SQRT2 * 2));
  });

  it('changes the SVG map', () => {
    expect(svg).toMatch(/<g data-layer="border-zone"[^>]*><use xlink:href="#bm-zone" fill="#a3320b" fill-opacity="0\.5"\/><\/g>/);
    expect(svg).toContain('<pattern id="bm-crimea-hatch" patternUnits="userSpaceOnUse" width="9" height="9"');
    expect(svg).toMatch(/<g data-layer="crimea-line"><path d="[^"]+" fill="none" stroke="#1d1d1d" stroke-width="1\.5" stroke-linejoin="round" stroke-linecap="round" stroke-dasharray="5 1"\/><\/g>/);
  });

  it('changes the image’s legend', () => {
    const legend = svg.slice(svg.indexOf('<g id="legend">'));
    expect(legend).toMatch(/<rect [^>]*fill="#a3320b" fill-opacity="0\.5"\/>/);
    expect(legend).toMatch(/<path d="[^"]+" fill="none" stroke="#1d1d1d" stroke-width="[\d.]+" stroke-linecap="butt" stroke-dasharray="[\d.]+ [\d.]+"\/>/);
  });

  it('changes the page’s legend', () => {
    expect(pageSwatch('border-zone')).toContain('class="bm-f-reported" fill-opacity="0.5"');
    expect(pageSwatch('crimea-line')).toContain('stroke-dasharray="5 1"');
  });

  it('and the shipped table gives each of those its one value everywhere', () => {
    const zone = MAP_LAYERS.find((l) => l.id === 'border-zone')!.paint;
    expect(zone.type === 'fill' && zone.opacity).toBe(0.25);
    const shipped = renderMap({ buildup, geo, view: DEFAULT_VIEW, width: 1920, height: 1080 }).svg;
    expect(shipped.match(/fill-opacity="0\.25"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(shipped).not.toContain('fill-opacity="0.22"');
  });
});
