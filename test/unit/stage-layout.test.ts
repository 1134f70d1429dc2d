import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildupPayload } from '@/geo/buildup-payload';
import { circlePolygon } from '@/geo/circle-polygon';
import { selectFigures } from '@/geo/figure-layers';
import { loadBuildup } from '@/geo/load-buildup';
import { loadScenes } from '@/geo/load-scenes';
import { constrainView, projectInBox } from '@/geo/mercator';
import { presenterScenes } from '@/geo/presenter-scenes';
import { REGION_BBOX } from '@/geo/region';
import { BESIDE_MIN_ASPECT, sceneView, stageLayout, withCaption } from '@/geo/scene-camera';

const figures = buildupPayload(loadBuildup()).figures;
const scenes = presenterScenes(loadScenes(), figures);

describe('stageLayout', () => {
  it.each([
    [1920, 1080, 'beside', 1296],
    [1366, 768, 'beside', 922],
    [1280, 800, 'beside', 960],
    [2560, 1440, 'beside', 1728],
    [1024, 768, 'below', 1024],
    [1280, 1024, 'below', 1280],
    [768, 1024, 'below', 768],
  ] as const)('lays out a %i×%i stage with the caption %s and a map %i px wide', (width, height, caption, mapWidth) => {
    expect(stageLayout(width, height)).toEqual({ caption, map: { width: mapWidth, height } });
  });

  it('agrees with the style sheet on when the caption goes beside the map', () => {
    const css = readFileSync('app/globals.css', 'utf8');
    const [, width, height] = /@media \(min-aspect-ratio: (\d+)\/(\d+)\) \{\n {2}\.presenter\[data-caption='beside'\]/.exec(css) ?? [];
    expect(Number(width) / Number(height)).toBe(BESIDE_MIN_ASPECT);
  });

  // The live map may not pan past the region, which can zoom a wide map in: what the scene is about must still show.
  it.each([[1920, 1080], [1366, 768], [1280, 720], [1280, 800], [2560, 1440], [1920, 1200]])('shows the whole of scene 1, Bulgaria to Estonia, on a %i×%i stage', (width, height) => {
    const { caption, map } = stageLayout(width, height);
    const region = scenes.find((s) => s.id === 'region')!.camera;
    if (region.kind !== 'bounds') throw new Error('scene 1 fits bounds');
    const view = constrainView(sceneView(withCaption(region, caption), map.width, map.height).view, map.width, map.height, REGION_BBOX);
    const [west, south, east, north] = region.bounds;
    const corners = [[west, north], [east, south]].map((lngLat) => projectInBox(view, map.width, map.height, lngLat as [number, number]));
    for (const { x, y } of corners) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(map.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(map.height);
    }
  });

  it.each([[1920, 1080], [1366, 768], [1280, 720]])('keeps every circle and callout of every scene on the map beside the caption at %i×%i', (width, height) => {
    const { caption, map } = stageLayout(width, height);
    const outside: string[] = [];
    for (const scene of scenes) {
      const view = constrainView(sceneView(withCaption(scene.camera, caption), map.width, map.height).view, map.width, map.height, REGION_BBOX);
      const own = selectFigures(figures, scene.claims);
      const points = [
        ...own.circles.flatMap((c) => circlePolygon(c.centre, c.radiusKm).coordinates[0].map((p) => [c.id, p] as const)),
        ...own.callouts.features.map((f) => [f.properties.id, f.geometry.coordinates] as const),
      ];
      for (const [id, lngLat] of points) {
        const { x, y } = projectInBox(view, map.width, map.height, lngLat as [number, number]);
        if (x < 0 || x > map.width || y < 0 || y > map.height) outside.push(`${scene.id}: ${id}`);
      }
    }
    expect([...new Set(outside)]).toEqual([]);
  });
});
