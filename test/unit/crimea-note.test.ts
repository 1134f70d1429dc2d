import { readFileSync } from 'node:fs';
import { bbox } from '@turf/turf';
import { expect, test } from 'vitest';
import { CRIMEA_NOTE_AT, noteAnchorOf } from '@/geo/crimea-note';

test('the Crimea note hangs from the middle of the southern edge of the shipped outline', () => {
  const crimea = JSON.parse(readFileSync('geo/data/crimea.geojson', 'utf8')) as GeoJSON.FeatureCollection;
  const [lng, lat] = noteAnchorOf(bbox(crimea));
  expect(CRIMEA_NOTE_AT[0]).toBeCloseTo(lng, 2);
  expect(CRIMEA_NOTE_AT[1]).toBeCloseTo(lat, 3);
});
