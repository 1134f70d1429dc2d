import { expect, test } from 'vitest';
import { CRIMEA_NOTE_AT } from '@/geo/crimea-note';
import { viewWithCrimeaNote } from '@/geo/crimea-note-view';
import { FIRST_PAINT_FRAME, firstPaintView } from '@/geo/first-paint-view';
import { CLEARANCE_SQUARE_PX } from '@/geo/map-style';
import { projectInBox } from '@/geo/mercator';
import { zoomForContainer } from '@/geo/render/first-paint-zoom';
import { noteRoom } from '@/geo/scene-camera';

const scaled = (width: number, height: number) => ({ ...firstPaintView(), zoom: zoomForContainer({ view: firstPaintView(), ...FIRST_PAINT_FRAME }, width, height) });

test('keeps the server-drawn map\'s view where the note fits under Crimea (its own frame)', () => {
  const { width, height } = FIRST_PAINT_FRAME;
  expect(viewWithCrimeaNote(scaled(width, height), width, height)).toEqual(scaled(width, height));
});

test('zooms a phone\'s map out about its centre until the note fits between Crimea and the map\'s foot', () => {
  // A phone's dashboard map (390 × 280): the first paint's view scaled to it put Crimea's tip 20 px from the foot.
  const [width, height] = [390, 280];
  const before = scaled(width, height);
  const after = viewWithCrimeaNote(before, width, height);
  expect(after.zoom).toBeLessThan(before.zoom);
  expect([after.lat, after.lng]).toEqual([before.lat, before.lng]);
  const limit = height - noteRoom(1, width) - 4 - CLEARANCE_SQUARE_PX / 2;
  expect(projectInBox(before, width, height, CRIMEA_NOTE_AT).y).toBeGreaterThan(limit);
  expect(projectInBox(after, width, height, CRIMEA_NOTE_AT).y).toBeCloseTo(limit, 6);
});
