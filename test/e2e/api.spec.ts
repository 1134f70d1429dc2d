import { expect, test } from '@playwright/test';

test('each geo layer is an RFC 7946 FeatureCollection with an ETag, answered 304 when unchanged', async ({ request }) => {
  for (const layer of ['countries', 'crimea', 'borders', 'cities']) {
    const response = await request.get(`/api/geo/${layer}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/geo+json');
    expect(response.headers()['cache-control']).toContain('max-age=86400');
    const body = await response.json();
    expect(body.type).toBe('FeatureCollection');
    expect(body.features.length).toBeGreaterThan(0);
    const again = await request.get(`/api/geo/${layer}`, { headers: { 'If-None-Match': response.headers().etag } });
    expect(again.status()).toBe(304);
  }
});

test('an unknown geo layer is a 404 that names the known layers', async ({ request }) => {
  const response = await request.get('/api/geo/rivers');
  expect(response.status()).toBe(404);
  expect((await response.json()).error).toBe('Unknown geo layer "rivers". Known layers: countries, crimea, borders, cities, labels, zones.');
});

test('an address under /api/ that names no API is a JSON 404 naming it, for any method', async ({ request }) => {
  // It was the site's HTML page "no page at /", under the API's policy, which blocks that page's style sheet.
  for (const [method, path] of [['GET', '/api/nothing'], ['GET', '/api/geo'], ['POST', '/api/export/x']] as const) {
    const response = await request.fetch(path, { method, ...(method === 'POST' ? { data: {} } : {}) });
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    expect((await response.json()).error).toBe(`There is no API at "${path}": the README's "Routes and API" lists them.`);
  }
});

test('/api/buildup serves the validated claims, what derives from them, and 304 when unchanged', async ({ request }) => {
  const response = await request.get('/api/buildup');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('public, max-age=2, s-maxage=1, stale-while-revalidate=1');
  const body = await response.json();
  expect(body.claims.find((c: { id: string }) => c.id === 'deployed-90k').value).toBe(90000);
  expect(body.comparisons[0]).toMatchObject({ of: 'projected-175k', to: 'us-estimate-70k', label: 'about 2.5×' });
  expect(body.asOf).toBe('2022-02-24');
  expect(body.steps[0]).toBe('2021-10-30');
  expect(body.steps.at(-1)).toBe('2022-02-24');
  // Every circle of the timeline, each with the steps it is shown at: a range is two circles.
  const range = body.figures.circles.filter((c: { id: string }) => c.id === 'carpenter-169-190k');
  expect(range.map((c: { value: number }) => c.value).sort()).toEqual([169000, 190000]);
  expect(range[0]).toMatchObject({ from: body.steps.indexOf('2022-02-18'), to: body.steps.length - 1 });
  const again = await request.get('/api/buildup', { headers: { 'If-None-Match': response.headers().etag } });
  expect(again.status()).toBe(304);
});
