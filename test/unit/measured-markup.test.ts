/**
 * geo/render/measured-markup.ts: the dashboard's "Measured on this map", rendered on the server from the map's own
 * measures (geo/data/metrics.json), never from numbers typed into the page.
 */
import { describe, expect, test } from 'vitest';
import { loadMetrics } from '@/geo/load-geo';
import { measuredOnThisMapMarkup } from '@/geo/render/measured-markup';

describe('measuredOnThisMapMarkup', () => {
  const html = measuredOnThisMapMarkup(loadMetrics());

  test('one row per measure, its figure grouped by thousands, from metrics.json', () => {
    const metrics = loadMetrics();
    const rows = [...html.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual([
      ['Crimea (incl. Sevastopol), area', `${metrics.crimeaAreaKm2.toLocaleString('en-GB')} km²`],
      ['Ukraine with Crimea, area', `${metrics.ukraineRecognisedAreaKm2.toLocaleString('en-GB')} km²`],
      ['Russia–Ukraine land border, length of the line drawn', `${metrics.russiaUkraineBorderKm.toLocaleString('en-GB')} km`],
      ['Belarus–Ukraine border, length of the line drawn', `${metrics.belarusUkraineBorderKm.toLocaleString('en-GB')} km`],
    ]);
    expect(rows[0][1]).toMatch(/^\d{2},\d{3} km²$/);
  });

  test('a section named by its heading, with the note that lines are measured as drawn', () => {
    expect(html).toMatch(/^<section aria-labelledby="geo-heading"><h2 id="geo-heading">Measured on this map<\/h2>/);
    expect(html).toContain('lengths of the lines as drawn, not official border lengths.');
    expect(html).toMatch(/<\/section>$/);
  });
});
