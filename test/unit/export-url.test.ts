import { describe, expect, it } from 'vitest';
import { exportFileName, exportUrl, type ExportRequest } from '@/geo/render/export-url';
import { parseExportParams } from '@/geo/render/params';

const request = (target: ExportRequest['target'], layout: ExportRequest['layout']): ExportRequest => ({
  target, layout, hidden: [], width: 1024, height: 768, scale: 1, format: 'svg', theme: 'dark', transparent: false, title: '', subtitle: '',
});
const parsed = (url: string) => parseExportParams(new URL(url, 'http://x').searchParams, { sceneCount: 12, steps: ['2021-10-30', '2022-02-24'] });

describe('exportUrl', () => {
  it('names the stage a scene’s bare picture is for, and the server reads it back', () => {
    for (const caption of ['below', 'beside'] as const) {
      const url = exportUrl(request({ scene: 3, caption }, 'map-only'));
      expect(url).toBe(`/api/export?scene=3&caption=${caption}&layout=map-only&width=1024&height=768&format=svg&theme=dark`);
      const result = parsed(url);
      expect(result.ok && result.params.caption).toBe(caption);
    }
  });

  it('leaves the caption out of a scene exported for no stage, which the server frames with a margin all round', () => {
    const url = exportUrl(request({ scene: 3 }, 'full'));
    expect(url).toBe('/api/export?scene=3&width=1024&height=768&format=svg&theme=dark');
    const result = parsed(url);
    expect(result.ok && result.params.caption).toBeNull();
  });
});

describe('exportFileName', () => {
  const base = { target: { view: { zoom: 5, lat: 48.5, lng: 33 }, date: null }, layout: 'full', width: 1200, height: 675, scale: 1, format: 'png' } as const;

  it('names the story, the date the picture is as of and its size; not the map\'s coordinates, which say nothing to a picture desk', () => {
    expect(exportFileName(base, "Russia's troop buildup near Ukraine", '2022-02-24')).toBe('russias-troop-buildup-near-ukraine_2022-02-24_1200x675.png');
    expect(exportFileName({ ...base, target: { ...base.target, date: '2021-12-06' } }, 'Story', '2022-02-24')).toBe('story_2021-12-06_1200x675.png');
    // A scene's picture is named with the day it is as of (its own date), as every other picture.
    expect(exportFileName({ ...base, target: { scene: 3, date: null } }, 'Story', '2021-12-06')).toBe('story_scene-3_2021-12-06_1200x675.png');
    expect(exportFileName({ ...base, layout: 'chart' }, 'Story', '2022-01-31')).toBe('story_2022-01-31_chart_1200x675.png');
  });

  it('says what differs from the default picture, so two exports of one view do not save over each other', () => {
    const name = exportFileName({ ...base, layout: 'map-only', theme: 'dark', transparent: true, hidden: ['figures', 'cities'], format: 'jpeg', scale: 2 }, 'Story', '2022-02-24');
    expect(name).toBe('story_2022-02-24_map-only_dark_transparent_without-cities-figures_1200x675@2x.jpg');
  });

  it('says nothing the picture does not do: no layers left out of a chart, which draws no map, and no scale on an SVG, drawn at its size', () => {
    expect(exportFileName({ ...base, layout: 'chart', hidden: ['cities', 'zone'], format: 'png', width: 1920, height: 1080 }, 'Story', '2022-01-31')).toBe('story_2022-01-31_chart_1920x1080.png');
    expect(exportFileName({ ...base, format: 'svg', scale: 2 }, 'Story', '2022-02-24')).toBe('story_2022-02-24_1200x675.svg');
  });
});
