/** A presenter scene's outline: named in the key, in a colour nothing else on the map has, under the keyed lines. */
import { describe, expect, it } from 'vitest';
import { MAP_LAYERS } from '@/geo/layers';
import { legendEntries } from '@/geo/legend';
import { SCENE_HIGHLIGHTS } from '@/geo/schema';
import { COLOUR_TOKENS, themes } from '@/geo/style';

const base = { figures: [], crimeaSince: 2014, hidden: [] };

/** Hue in degrees of a #rrggbb colour. */
function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b), min = Math.min(r, g, b), d = max - min;
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}
const hueApart = (a: string, b: string) => Math.min(Math.abs(hue(a) - hue(b)), 360 - Math.abs(hue(a) - hue(b)));

describe("a scene's outline", () => {
  it('is in the key while a scene draws one, with the layer it is drawn with, and not otherwise', () => {
    expect(legendEntries(base).map((e) => e.id)).not.toContain('highlight');
    for (const highlight of SCENE_HIGHLIGHTS) {
      const entry = legendEntries({ ...base, highlight }).find((e) => e.id === 'highlight');
      expect(entry?.label, highlight).toBe("Outlined: this scene's subject");
      const layer = entry!.swatch.shape === 'line' ? entry!.swatch.layer : null;
      const drawn = MAP_LAYERS.find((l) => l.id === layer) as { filter?: object } | undefined;
      expect(drawn?.filter && 'highlight' in drawn.filter, `${highlight}: ${layer}`).toBe(true);
    }
  });

  // Its blue read as NATO's eastern flank, and drawn over the borders it made them look unlike the key's lines.
  it("is drawn in a colour of its own, under the lines the key names", () => {
    for (const theme of Object.values(themes)) {
      const others = COLOUR_TOKENS.filter((t) => t !== 'highlight' && t !== 'accent' && t !== 'focus').map((t) => theme[t].toLowerCase());
      expect(others, theme.name).not.toContain(theme.highlight.toLowerCase());
      // Apart in hue from the blues of the flank and the fills it outlines (Belarus's mauve it deepens, on purpose).
      for (const token of ['flank', 'flankAlternate', 'seriesUkraine', 'seriesNato', 'ukraine', 'russia'] as const) {
        expect(hueApart(theme.highlight, theme[token]), `${theme.name}: highlight and ${token}`).toBeGreaterThanOrEqual(45);
      }
    }
    const at = (id: string) => MAP_LAYERS.findIndex((l) => l.id === id);
    for (const outline of ['highlight-countries', 'highlight-crimea', 'highlight-zone']) {
      expect(at(outline), outline).toBeGreaterThan(-1);
      expect(at(outline), outline).toBeLessThan(at('borders'));
      expect(at(outline), outline).toBeLessThan(at('crimea-line'));
    }
  });
});
