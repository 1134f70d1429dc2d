/** The exported key lists only the areas and lines its map shows (geo/render/areas-in-view.ts). */
import { describe, expect, it } from 'vitest';
import { legendEntries } from '@/geo/legend';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { areasInView, keyedInView } from '@/geo/render/areas-in-view';
import { prepared } from '@/geo/render/prepared';
import { mapProjection } from '@/geo/render/projection';

const data = prepared(loadBuildup(), loadGeo());
const box = { x: 10, y: 20, width: 800, height: 600 };
const seen = (lng: number, lat: number, zoom: number) => [...areasInView(mapProjection({ lng, lat, zoom }, box), box, data)].sort();

describe('areasInView', () => {
  it('finds every area on the whole region', () => {
    expect(seen(31, 50, 4.2)).toEqual(['belarus', 'border-zone', 'borders', 'crimea', 'crimea-line', 'eastern-flank', 'neighbour', 'russia', 'ukraine']);
  });
  it('leaves out Belarus, the NATO flank and the land borders on a map of Crimea', () => {
    expect(seen(34.3, 45.2, 6.3)).toEqual(['border-zone', 'crimea', 'crimea-line', 'russia', 'ukraine']);
  });
  it('leaves out Crimea on a map of Belarus', () => {
    expect(seen(28, 53.5, 6)).not.toContain('crimea');
  });
  it('counts an area only past a few pixels: the box moved off it shows none of it', () => {
    expect(seen(34.3, 45.2, 7)).toContain('crimea');
    expect([...areasInView(mapProjection({ lng: 34.3, lat: 45.2, zoom: 7 }, box), { ...box, x: 5000 }, data)]).toEqual([]);
  });
});

describe('keyedInView', () => {
  const entries = legendEntries({ figures: [{ kind: 'reported' }], crimeaSince: 2014, hidden: [] });
  it('drops the areas and lines not shown; keeps the figures', () => {
    const ids = keyedInView(entries, new Set(['ukraine', 'russia', 'borders'])).map((e) => e.id);
    expect(ids).toEqual(['ukraine', 'russia', 'figure-reported', 'borders']);
  });
  it('keeps every entry when everything is shown', () => {
    const everything = new Set(['ukraine', 'crimea', 'russia', 'belarus', 'eastern-flank', 'neighbour', 'border-zone', 'borders', 'crimea-line']);
    expect(keyedInView(entries, everything)).toEqual(entries);
  });
});
