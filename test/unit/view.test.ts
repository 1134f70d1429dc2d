import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, MAX_ZOOM, REGION_BBOX } from '@/geo/region';
import { formatViewHash, parseViewHash, readViewHash } from '@/geo/view';

describe('the view in the URL hash', () => {
  it('reads MapLibre’s #zoom/lat/lng form', () => {
    expect(parseViewHash('#6.5/47.2/35.1')).toEqual({ zoom: 6.5, lat: 47.2, lng: 35.1 });
  });

  it.each(['', '#', '#abc/def', '#4/49', '#4/49/31/0/0/9', '#1e3/49/31', '#4/"><img onerror=alert(1)>/31', '#-5/200/500', '#NaN/NaN/NaN', '#Infinity/1/1'])(
    'falls back to the default view for %j',
    (hash) => {
      expect(readViewHash(hash)).toBeNull();
      expect(parseViewHash(hash)).toEqual(DEFAULT_VIEW);
    },
  );

  it('clamps a real view into what the map can show', () => {
    expect(parseViewHash('#22/80/-170')).toEqual({ zoom: MAX_ZOOM, lat: REGION_BBOX[3], lng: REGION_BBOX[0] });
  });

  it('writes the hash so that it reads back as the same view', () => {
    const view = { zoom: 5.25, lat: 48.1234, lng: 33.5678 };
    expect(parseViewHash(formatViewHash(view))).toEqual({ zoom: 5.25, lat: 48.123, lng: 33.568 });
  });
});
