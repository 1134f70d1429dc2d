/**
 * The place a zoomed-in view is about (geo/view-place.ts), which an exported picture's file name says: a view of the
 * Donbas and one of the whole story once saved over each other.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { firstPaintView, FIRST_PAINT_FRAME } from '@/geo/first-paint-view';
import { loadGeo } from '@/geo/load-geo';
import { exportFileName } from '@/geo/render/export-url';
import { viewPlace } from '@/geo/view-place';

const cities = JSON.parse(readFileSync('test/fixtures/view-place/cities.geojson', 'utf8')) as FeatureCollection<Point>;
const FRAME = { width: 864, height: 645 };

describe('viewPlace', () => {
  it('says nothing for the whole story, or a view zoomed in less than a level from it', () => {
    expect(viewPlace(firstPaintView(), FIRST_PAINT_FRAME, cities)).toBeNull();
    expect(viewPlace({ zoom: 4.3, lat: 49, lng: 31.5 }, FRAME, cities)).toBeNull();
    // The same zoom in a map four times as wide shows four times as much: the whole story, not a place.
    expect(viewPlace({ zoom: 5.6, lat: 49, lng: 31.5 }, { width: 3456, height: 2580 }, cities)).toBeNull();
  });

  it('names the named city nearest the centre of a zoomed-in view', () => {
    expect(viewPlace({ zoom: 6.5, lat: 48.3, lng: 37.5 }, FRAME, cities)).toBe('Donetsk');
    // The unnamed point beside Kharkiv is passed over.
    expect(viewPlace({ zoom: 7, lat: 50.0, lng: 36.3 }, FRAME, cities)).toBe('Kharkiv');
    expect(viewPlace({ zoom: 6, lat: 53.5, lng: 28 }, FRAME, cities)).toBe('Minsk');
    expect(viewPlace({ zoom: 6, lat: 53.5, lng: 28 }, FRAME, { type: 'FeatureCollection', features: [] })).toBeNull();
  });

  it('names a place of the shipped cities for a view of the Donbas, and the file name says it', () => {
    const place = viewPlace({ zoom: 6.4, lat: 48.2, lng: 38.3 }, FRAME, loadGeo().cities);
    expect(place).toBe('Donetsk');
    const request = { target: { view: { zoom: 6.4, lat: 48.2, lng: 38.3 }, date: '2022-02-18' }, layout: 'full', width: 1920, height: 1080, scale: 1, format: 'png' } as const;
    expect(exportFileName({ ...request, place }, 'Story')).toBe('story_2022-02-18_around-donetsk_1920x1080.png');
    expect(exportFileName({ ...request, place: 'Rostov-on-Don' }, 'Story')).toBe('story_2022-02-18_around-rostov-on-don_1920x1080.png');
    expect(exportFileName({ ...request, place: null }, 'Story')).toBe('story_2022-02-18_1920x1080.png');
  });
});
