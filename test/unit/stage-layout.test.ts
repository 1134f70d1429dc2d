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
import { CRIMEA_NOTE_AT, CRIMEA_NOTE_GAP_EM, crimeaNoteLines } from '@/geo/crimea-note';
import { layerById } from '@/geo/layers';
import { BESIDE_MIN_ASPECT, CAPTION_BAND, NARROW_STAGE, sceneView, stageLayout, withCaption } from '@/geo/scene-camera';
import { PRESENTER_TYPE_SCALE } from '@/geo/style';

const figures = buildupPayload(loadBuildup()).figures;
const scenes = presenterScenes(loadScenes(), figures);

describe('stageLayout', () => {
  it.each([
    [1920, 1080, 'beside', 1296],
    [1366, 768, 'beside', 922],
    [1280, 800, 'beside', 960],
    [2560, 1440, 'beside', 1728],
  ] as const)('lays out a %i×%i stage with the caption %s and a map %i px wide', (width, height, caption, mapWidth) => {
    expect(stageLayout(width, height)).toEqual({ caption, map: { width: mapWidth, height } });
  });

  // Under the map, the caption's band: 34% of the stage, at most 300 px.
  it.each([
    [1024, 768, 507],
    [1280, 1024, 724],
    [768, 1024, 724],
    [390, 844, 557],
  ] as const)('lays out a %i×%i stage with the caption in a band under a map %i px tall', (width, height, mapHeight) => {
    expect(stageLayout(width, height)).toEqual({ caption: 'below', map: { width, height: mapHeight } });
  });

  it('agrees with the style sheet on the height of the caption\'s band', () => {
    const css = readFileSync('app/globals.css', 'utf8');
    const [, px, vh] = /\.presenter \{ --stage-band: min\((\d+)px, (\d+)vh\); \}/.exec(css) ?? [];
    expect({ maxPx: Number(px), share: Number(vh) / 100 }).toEqual(CAPTION_BAND);
  });

  // The caption stood over the map's foot, and the live map may not pan past the region (south edge 40° N): a scene
  // framed on Crimea could not be lifted above the caption, and at 1024×768 Crimea lay under it in scenes 2 and 3.
  // Scenes 1 and 6 (Estonia to Bulgaria) are the exception: no landscape map short of 8:5 shows them whole within
  // the region's 39° of longitude, with or without the caption (see the README).
  it.each([[1024, 768], [1280, 960], [1280, 1024], [768, 1024], [390, 844]])('shows what each scene is about whole on the map above the caption at %i×%i', (width, height) => {
    const { caption, map } = stageLayout(width, height);
    const cut: string[] = [];
    for (const scene of scenes) {
      if (scene.camera.kind !== 'bounds' || ['region', 'eastern-flank'].includes(scene.id)) continue;
      const view = constrainView(sceneView(withCaption(scene.camera, caption), map.width, map.height).view, map.width, map.height, REGION_BBOX);
      const [west, south, east, north] = scene.camera.bounds;
      const [a, b] = [[west, north], [east, south]].map((lngLat) => projectInBox(view, map.width, map.height, lngLat as [number, number]));
      // Four pixels' slack: the region's bound may hold a scene a hair short of its framing (scene 11 at 1024×768).
      if (a.x < -4 || a.y < -4 || b.x > map.width + 4 || b.y > map.height + 4) cut.push(`${scene.id}: ${[a.x, a.y, b.x, b.y].map(Math.round).join(' ')}`);
    }
    expect(cut).toEqual([]);
  });

  // Where the region is too narrow to show scene 1 whole (Estonia to Bulgaria), the map keeps its first target whole:
  // on a 1024×768 stage it lost Ukraine's coast and Crimea, which the scene is about, for a sliver of Estonia.
  it.each([[1024, 768], [1280, 960], [1280, 1024], [390, 844]])('keeps Ukraine whole in scene 1 at %i×%i', (width, height) => {
    const { caption, map } = stageLayout(width, height);
    const region = scenes.find((s) => s.id === 'region')!.camera;
    if (region.kind !== 'bounds' || !region.focus) throw new Error('scene 1 fits bounds, Ukraine first');
    const view = constrainView(sceneView(withCaption(region, caption), map.width, map.height).view, map.width, map.height, REGION_BBOX);
    const [west, south, east, north] = region.focus;
    const [a, b] = [[west, north], [east, south]].map((lngLat) => projectInBox(view, map.width, map.height, lngLat as [number, number]));
    expect([a.x, a.y].map(Math.round).every((v) => v >= 0), `north-west corner ${a.x} ${a.y}`).toBe(true);
    expect(b.x, 'east').toBeLessThanOrEqual(map.width);
    expect(b.y, 'south').toBeLessThanOrEqual(map.height - 32 + 1e-6);
  });

  it('agrees with the style sheet on where a narrow stage stands its scale bar above the credit', () => {
    const css = readFileSync('app/globals.css', 'utf8');
    const [, width, rem] = /@media \(max-width: (\d+)px\) \{ \.presenter \.maplibregl-ctrl-bottom-left \{ bottom: ([\d.]+)rem; \} \}/.exec(css) ?? [];
    expect(Number(width)).toBe(NARROW_STAGE.maxWidth);
    // The scale bar's foot (its offset, its 14 px type and padding) stays within the room kept for it.
    expect(Number(rem) * 16 + 26).toBeLessThanOrEqual(NARROW_STAGE.controlsPx);
    // The scene counter over its top: three lines of its type, its offset and padding, within the room kept for it.
    const [, counterWidth, top, size] = /@media \(max-width: (\d+)px\) \{ \.presenter \.scene-counter \{ top: ([\d.]+)rem; font-size: ([\d.]+)rem; \} \}/.exec(css) ?? [];
    expect(Number(counterWidth)).toBe(NARROW_STAGE.maxWidth);
    expect(Number(top) * 16 + 3 * Number(size) * 16 * 1.3 + 0.7 * 16).toBeLessThanOrEqual(NARROW_STAGE.counterPx);
  });

  // At the presenter's type a phone's stage wraps the Crimea note in two lines: both stay above the scale bar.
  it.each(['november-2021', 'border-december', 'crimea'])('keeps the wrapped Crimea note of scene %s clear of a 390×844 stage\'s foot', (id) => {
    const { caption, map } = stageLayout(390, 844);
    const scene = scenes.find((s) => s.id === id);
    if (!scene || scene.camera.kind !== 'bounds' || !scene.camera.noteBelow) throw new Error(`scene ${id} is framed on Crimea`);
    const view = constrainView(sceneView(withCaption(scene.camera, caption), map.width, map.height).view, map.width, map.height, REGION_BBOX);
    const note = layerById('crimea-label').paint;
    const size = (note.type === 'text' ? note.size : NaN) * PRESENTER_TYPE_SCALE;
    expect(crimeaNoteLines(map.width, size)).toBe(2);
    const { y } = projectInBox(view, map.width, map.height, CRIMEA_NOTE_AT);
    expect(y + size * (CRIMEA_NOTE_GAP_EM + 1.2 * 2)).toBeLessThanOrEqual(map.height - NARROW_STAGE.controlsPx);
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
