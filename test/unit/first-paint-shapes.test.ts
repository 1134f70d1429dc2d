/**
 * The first paint's shapes that no claim changes travel once, in a document of their own named by its content
 * (geo/render/first-paint.ts); the page's SVG keeps the figures and uses the rest by address.
 */
import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { loadGeo } from '@/geo/load-geo';
import { firstPaintMap, firstPaintShapes, SHARED_SHAPES_PATH } from '@/geo/render/first-paint';

const buildup = loadBuildup();
const geo = loadGeo();

describe('first-paint shapes', () => {
  const { svg } = firstPaintMap(buildup, geo, buildup.steps.length - 1);
  const hrefs = [...svg.matchAll(/<use href="([^"#]*)#([^"]+)"/g)].map((m) => ({ file: m[1], id: m[2] }));
  const shared = hrefs.filter((h) => h.file !== '');
  const name = shared[0].file.slice(SHARED_SHAPES_PATH.length);

  it('uses the countries, Crimea, the zone and the border lines from one content-named document', () => {
    expect(new Set(shared.map((h) => h.file))).toEqual(new Set([`${SHARED_SHAPES_PATH}${name}`]));
    expect(name).toMatch(/^[0-9a-f]{8}\.svg$/);
    const ids = new Set(shared.map((h) => h.id));
    for (const id of ['bm-c-UKR', 'bm-c-RUS', 'bm-c-BLR', 'bm-crimea', 'bm-zone']) expect(ids).toContain(id);
    expect([...ids].some((id) => id.startsWith('bm-line-'))).toBe(true);
    // No outline is left in the page's SVG: only the figures' paths are.
    expect(svg).not.toMatch(/<path id="bm-c-/);
    expect(svg).toMatch(/<path id="bm-figure-1" d="/);
  });

  it('serves that document with a path for every id the page uses, the same for every date and data version', () => {
    const document = firstPaintShapes(buildup, geo, name)!;
    expect(document.startsWith('<svg xmlns="http://www.w3.org/2000/svg"><defs>')).toBe(true);
    for (const { id } of shared) expect(document).toContain(`<path id="${id}" d="M`);
    const earlier = firstPaintMap(buildup, geo, 0).svg;
    expect(earlier).toContain(`${SHARED_SHAPES_PATH}${name}#bm-c-UKR`);
    expect(firstPaintShapes(buildup, geo, '00000000.svg')).toBeNull();
  });
});
