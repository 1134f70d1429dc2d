import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { MAPLIBRE_CSS_FILE, maplibreCss, trimMaplibreCss } from '@/geo/build/maplibre-css';

test('app/maplibre.css is MapLibre’s stylesheet as `npm run geo` trims it now', () => {
  expect(readFileSync(MAPLIBRE_CSS_FILE, 'utf8')).toBe(maplibreCss());
});

test('keeps the map, the zoom buttons, the scale, the attribution and markers; drops the logo and unused controls', () => {
  const css = maplibreCss();
  for (const kept of ['.maplibregl-map', '.maplibregl-canvas', '.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-scale', '.maplibregl-ctrl-attrib', '.maplibregl-marker']) {
    expect(css, kept).toContain(kept);
  }
  for (const dropped of ['ctrl-logo', 'ctrl-geolocate', 'ctrl-fullscreen', 'ctrl-globe', 'popup']) expect(css, dropped).not.toContain(dropped);
  expect(css.length).toBeLessThan(readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'utf8').length / 2);
});

test('trims selector lists and media blocks, keeping what is used in them', () => {
  const css = '.a,.maplibregl-ctrl-logo{color:red}@media print{.maplibregl-popup{x:1}.b{y:2}}@media screen{.maplibregl-popup{x:1}}';
  expect(trimMaplibreCss(css).split('\n').slice(1).join('\n')).toBe('.a{color:red}\n@media print{.b{y:2}}\n');
});
