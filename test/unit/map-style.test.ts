/**
 * The live map's style, validated here against MapLibre's style specification instead of in every viewer's
 * browser (MapView passes validateStyle: false; validating at start-up cost about 30 ms before the first idle).
 */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { expect, test } from 'vitest';
import { mapStyle } from '@/components/map/layers';
import { figureLayers } from '@/geo/figure-symbols';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { themes } from '@/geo/style';

const figures = figureLayers(loadBuildup(), loadGeo());

for (const theme of Object.values(themes)) {
  // 1 on the dashboard and in embeds, 1.6 in the presenter.
  for (const typeScale of [1, 1.6]) {
    test(`the ${theme.name} style at type scale ${typeScale} is valid`, () => {
      const style = mapStyle(theme, 'http://localhost:3000', typeScale, figures);
      expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
      expect(style.layers.length).toBeGreaterThan(15);
    });
  }
}

test('the check names what is wrong in a broken style', () => {
  const style = mapStyle(themes.light, 'http://localhost:3000', 1, figures);
  const broken = { ...style, layers: style.layers.map((l) => (l.id === 'countries-outline' ? { ...l, paint: { 'line-width': 'wide' } } : l)) };
  expect(validateStyleMin(broken as typeof style).map((e) => e.message)).toEqual([
    'layers[4].paint.line-width: number expected, string found',
  ]);
});
