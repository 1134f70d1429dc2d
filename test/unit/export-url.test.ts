import { describe, expect, it } from 'vitest';
import { exportUrl, type ExportRequest } from '@/geo/render/export-url';
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
