/**
 * The export cases of test/render/ (see test/render/cases.ts): every export preset in both themes, presenter scenes'
 * exports, dated exports, the chart layout, a hidden-layer export and SVGs compared byte for byte. Drawn in process as GET /api/export
 * draws them.
 */
import { describe, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { buildupPayload } from '@/geo/buildup-payload';
import { presenterScenes } from '@/geo/presenter-scenes';
import { loadScenes } from '@/geo/load-scenes';
import { renderExport } from '@/geo/render/export';
import { parseExportParams } from '@/geo/render/params';
import { expectPngMatches, expectTextMatches, loadCases, RESVG } from '@/test/render/cases';

const BASE_URL = 'https://buildup-map.example';

async function draw(query: string): Promise<Buffer> {
  const scenes = presenterScenes(loadScenes(), buildupPayload(loadBuildup()).figures);
  const buildup = loadBuildup();
  const parsed = parseExportParams(new URLSearchParams(query), { sceneCount: scenes.length, steps: buildup.steps });
  if (!parsed.ok) throw new Error(`bad case query "${query}": ${parsed.errors.join('; ')}`);
  const scene = parsed.params.scene !== null ? scenes[parsed.params.scene - 1] : null;
  return (await renderExport(parsed.params, { buildup, geo: loadGeo(), baseUrl: BASE_URL, scene })).bytes;
}

describe('render cases', () => {
  for (const c of loadCases(['export', 'svg'])) {
    it(c.name, async () => {
      if (c.spec.surface === 'export') expectPngMatches(c, await draw(c.spec.query), RESVG);
      else if (c.spec.surface === 'svg') expectTextMatches(c, (await draw(c.spec.query)).toString('utf8'));
    });
  }
});
