/** The address a picture prints for its sources: pinned to its data version when the export is (`v=N`). */
import { expect, test } from 'vitest';
import { exportPicture as picture } from '@/test/support/export-picture';

const permalink = (query: string) => picture(query).meta.permalink;

test('a pinned picture prints its version\'s sources page, at the day it shows; an unpinned one the dashboard at its view', () => {
  expect(permalink('zoom=5&lat=48.5&lng=33&v=7')).toBe('https://maps.example/sources?v=7');
  // A day between two of the timeline shows the one before: its sources are that day's.
  expect(permalink('zoom=5&lat=48.5&lng=33&date=2021-12-15&v=7')).toBe('https://maps.example/sources?date=2021-12-07&v=7');
  expect(permalink('zoom=5&lat=48.5&lng=33&date=2021-12-15')).toBe('https://maps.example/?date=2021-12-07#5/48.5/33');
  // A presenter scene's picture pinned as its dialog pins it: the sources of the scene's day as published.
  expect(permalink('scene=3&v=7')).toBe('https://maps.example/sources?date=2021-12-06&v=7');
  expect(permalink('scene=3')).toBe('https://maps.example/present/3');
  // A scene's chart draws every mark known at its date, which the scene's page does not list: the dashboard at that date.
  expect(permalink('scene=3&layout=chart')).toBe('https://maps.example/?date=2021-12-06');
  expect(permalink('scene=11&layout=chart')).toBe('https://maps.example/');
  // Printed where the sources that do not fit are counted, too (the site's own share card, 1200 × 630, lists 7 of 10).
  expect(picture('width=1200&height=630&v=7').svg).toMatch(/more at https:\/\/maps\.example\/sources\?v=7</);
});
