import { readFileSync } from 'node:fs';
import { bbox } from '@turf/turf';
import { expect, test } from 'vitest';
import { CRIMEA_NOTE_AT, CRIMEA_NOTE_EM, crimeaNoteLines, noteAnchorOf } from '@/geo/crimea-note';
import { crimeaNote } from '@/geo/map-words';
import { textWidth } from '@/geo/render/text-metrics';

test('the Crimea note hangs from the middle of the southern edge of the shipped outline', () => {
  const crimea = JSON.parse(readFileSync('geo/data/crimea.geojson', 'utf8')) as GeoJSON.FeatureCollection;
  const [lng, lat] = noteAnchorOf(bbox(crimea));
  expect(CRIMEA_NOTE_AT[0]).toBeCloseTo(lng, 2);
  expect(CRIMEA_NOTE_AT[1]).toBeCloseTo(lat, 3);
});

test('the note\'s width in ems is measured from Inter, so the camera keeps room for every line the map wraps it into', () => {
  const em = textWidth(crimeaNote(2014), 1);
  expect(em).toBeLessThanOrEqual(CRIMEA_NOTE_EM);
  expect(em).toBeGreaterThan(CRIMEA_NOTE_EM - 0.5);
  // One line on a laptop's stage; two on a phone's at the presenter's type (20.8 px).
  expect(crimeaNoteLines(1280, 20.8)).toBe(1);
  expect(crimeaNoteLines(390, 20.8)).toBe(2);
});
