/** The newsroom's credit line on an export: read from `credit`, first in the footer, in the metadata as Author. */
import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { DEFAULT_VIEW } from '@/geo/region';
import { rasterTextProblems } from '@/geo/render/export';
import { imageTextFields } from '@/geo/render/metadata';
import { parseExportParams } from '@/geo/render/params';
import { renderMap } from '@/geo/render/render-svg';

const buildup = loadBuildup();
const parse = (query: string) => parseExportParams(new URLSearchParams(query), { steps: buildup.steps });

describe('the credit line', () => {
  it('is read trimmed; blank is none; too long is refused by name', () => {
    const given = parse('credit=%20Graphic:%20Jane%20Doe,%20The%20Daily%20');
    expect(given.ok && given.params.credit).toBe('Graphic: Jane Doe, The Daily');
    const blank = parse('credit=%20%20');
    expect(blank.ok && blank.params.credit).toBeNull();
    expect(parse(`credit=${'x'.repeat(201)}`)).toEqual({ ok: false, errors: ['credit must be at most 200 characters (got 201)'] });
  });

  it('stands first in the footer, before the date, and in the metadata', () => {
    const { svg, meta } = renderMap({ buildup, geo: loadGeo(), view: DEFAULT_VIEW, width: 1200, height: 675, credit: 'Graphic: Jane Doe, The Daily' });
    const footer = svg.slice(svg.indexOf('<g id="footer">'), svg.indexOf('</g>', svg.indexOf('<g id="footer">')));
    expect(footer).toContain('>Graphic: Jane Doe, The Daily · As of 24 February 2022 · ');
    expect(svg).toContain('credit="Graphic: Jane Doe, The Daily"');
    expect(imageTextFields(meta)).toContainEqual(['Author', 'Graphic: Jane Doe, The Daily']);
    expect(imageTextFields({ ...meta, credit: null }).map(([key]) => key)).not.toContain('Author');
  });

  it('in a PNG, is refused where the shipped font has no glyph for it, as a title is', () => {
    const parsed = parse('credit=%E5%9C%B0%E5%9B%BE');
    expect(parsed.ok && rasterTextProblems(parsed.params)).toEqual([
      expect.stringMatching(/^credit has characters the PNG font cannot draw: "地", "图"/),
    ]);
  });
});
