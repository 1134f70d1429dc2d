/**
 * geo/widest-map-aspect.ts: how wide the live map may be for its height and still start where the server-drawn map
 * stands, whole, instead of zooming in (the dashboard centres a narrower live map in a wider box: app/globals.css).
 */
import { describe, expect, it } from 'vitest';
import { startCamera } from '@/components/map/start-camera';
import { viewWithCrimeaNote } from '@/geo/crimea-note-view';
import { FIRST_PAINT_FRAME, firstPaintView } from '@/geo/first-paint-view';
import { zoomForContainer } from '@/geo/render/first-paint-zoom';
import { WIDE_WINDOW_MAP_MIN_HEIGHT, widestMapAspect, widestMapAspectAt } from '@/geo/widest-map-aspect';

const paint = { view: firstPaintView(), ...FIRST_PAINT_FRAME };
const height = 240;

describe('widestMapAspect', () => {
  // The shortest map the pages draw (app/globals.css).
  it('is about 1.5 for every height: a phone held sideways (740 × 240) is far wider', () => {
    expect(widestMapAspect()).toBeCloseTo(1.47, 1);
    for (const height of [240, 360, 600, 1080]) expect(widestMapAspectAt(height)).toBeGreaterThanOrEqual(widestMapAspect());
  });

  it('is about 1.7 for a wide window\'s taller map: a 1920 × 1080 window\'s (1,504 × 924) keeps its whole width', () => {
    expect(widestMapAspect(WIDE_WINDOW_MAP_MIN_HEIGHT)).toBeCloseTo(1.69, 1);
    for (const height of [360, 600, 1080]) expect(widestMapAspectAt(height)).toBeGreaterThanOrEqual(widestMapAspect(WIDE_WINDOW_MAP_MIN_HEIGHT));
    expect(1504 / 924).toBeLessThan(widestMapAspect(WIDE_WINDOW_MAP_MIN_HEIGHT));
    expect(1504 / 924, 'the aspect every window had: it narrowed that map').toBeGreaterThan(widestMapAspect());
  });

  it('lets a map that wide start at the first paint\'s view, scaled to its height, and not moved', () => {
    const width = Math.floor(height * widestMapAspect());
    const start = startCamera('', paint, width, height);
    // The Crimea note's zoom, not the region's bounds.
    expect(start.zoom! - 0.001).toBeCloseTo(viewWithCrimeaNote({ ...paint.view, zoom: zoomForContainer(paint, width, height) }, width, height).zoom, 6);
    expect(start.center![0]).toBeCloseTo(paint.view.lng, 6);
  });

  it('is the widest such map at each height: a tenth wider, the map moves or zooms in; at 740 × 240 by a third of a level', () => {
    for (const h of [240, 280, 360, 600]) {
      const wider = Math.ceil(h * widestMapAspectAt(h) * 1.1);
      const start = startCamera('', paint, wider, h);
      const kept = viewWithCrimeaNote({ ...paint.view, zoom: zoomForContainer(paint, wider, h) }, wider, h);
      expect(Math.abs(start.center![0] - kept.lng) + (start.zoom! - 0.001 - kept.zoom)).toBeGreaterThan(0.05);
    }
    expect(startCamera('', paint, 740, height).zoom! - zoomForContainer(paint, 740, height)).toBeGreaterThan(0.3);
    // At any height the pages draw, a map that wide keeps its view.
    for (const h of [300, 360, 450, 600, 900, 1300]) expect(startCamera('', paint, Math.floor(h * widestMapAspect()), h).center![0]).toBeCloseTo(paint.view.lng, 6);
  });
});
