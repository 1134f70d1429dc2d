import { describe, expect, it } from 'vitest';
import { contrastRatio, type Deficiency, perceivedDistance, simulate } from '@/geo/color-vision';
import { MAP_LAYERS } from '@/geo/layers';
import { themes, THEMES } from '@/geo/style';

const VISIONS: (Deficiency | 'none')[] = ['none', 'protanopia', 'deuteranopia', 'tritanopia'];
/** ΔE76 of 10 is clearly visible side by side on a map. */
const MIN_DISTANCE = 10;

/** The pairs of named colours closer than MIN_DISTANCE for one kind of vision. */
function tooClose(colours: Record<string, string>, vision: Deficiency | 'none') {
  const names = Object.keys(colours);
  return names.flatMap((a, i) => names.slice(i + 1).map((b) => ({ pair: `${a} / ${b}`, distance: Math.round(perceivedDistance(colours[a], colours[b], vision)) })))
    .filter(({ distance }) => distance < MIN_DISTANCE);
}

/** `over` at `alpha` on `under`, as a fill with opacity is painted. */
function blend(under: string, over: string, alpha: number): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [u, o] = [rgb(under), rgb(over)];
  return `#${u.map((c, i) => Math.round(c * (1 - alpha) + o[i] * alpha).toString(16).padStart(2, '0')).join('')}`;
}

describe.each(THEMES)('the %s palette', (name) => {
  const theme = themes[name];
  const fills: Record<string, string> = {
    Ukraine: theme.ukraine,
    Russia: theme.russia,
    Belarus: theme.belarus,
    'eastern flank': theme.flank,
    'other countries': theme.neighbour,
    'Crimea hatch': theme.crimeaHatch,
  };
  it.each(VISIONS)('keeps every pair of fills apart with %s', (vision) => {
    expect(tooClose(fills, vision)).toEqual([]);
  });

  // The band of Russia within 200 km is the band's colour at the layer's opacity over Russia's fill: the key names
  // both, side by side. In the dark theme it was ΔE 6–8 from Russia, hardly told apart.
  it.each(VISIONS)('keeps the border band apart from Russia under it with %s', (vision) => {
    const band = MAP_LAYERS.find((layer) => layer.id === 'border-zone')!.paint;
    if (band.type !== 'fill') throw new Error('the border band is not a fill');
    const over = blend(theme.russia, theme[band.colour as 'zone'], band.opacity ?? 1);
    expect(Math.round(perceivedDistance(theme.russia, over, vision))).toBeGreaterThanOrEqual(MIN_DISTANCE);
  });

  it('keeps the flank family’s two shades apart from each other', () => {
    expect(perceivedDistance(theme.flank, theme.flankAlternate, 'none')).toBeGreaterThan(5);
  });

  // The chart's series: told apart by shape too, but colour alone must already keep them apart, for every vision.
  const series: Record<string, string> = { Ukraine: theme.seriesUkraine, 'U.S.': theme.seriesUs, NATO: theme.seriesNato, outlets: theme.seriesOther };
  it.each(VISIONS)('keeps the chart’s series colours apart with %s', (vision) => {
    expect(tooClose(series, vision)).toEqual([]);
  });

  it('draws every chart series at 3:1 contrast or more against the panel (WCAG non-text contrast)', () => {
    const low = Object.entries(series).filter(([, colour]) => contrastRatio(colour, theme.panel) < 3).map(([name]) => name);
    expect(low).toEqual([]);
  });

  it('gives map text AA contrast against its halo', () => {
    expect(contrastRatio(theme.text, theme.textHalo)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the colour-vision simulation', () => {
  it('confuses red and green for deuteranopes, as it should, but not for typical vision', () => {
    expect(perceivedDistance('#d62728', '#2ca02c', 'none')).toBeGreaterThan(80);
    expect(perceivedDistance('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(perceivedDistance('#d62728', '#2ca02c', 'none') / 2);
  });

  it('applies Machado\'s matrices to linear RGB and clamps, as the published tables expect', () => {
    // Pure green is (0, 1, 0) in linear RGB, so what comes out is the matrices' middle column (Machado et al.
    // 2009, severity 1.0), clamped to [0, 1]. On gamma-encoded values the mid-tones below would differ.
    const close = (actual: number[], expected: number[]) => actual.forEach((v, i) => expect(v, `channel ${i}`).toBeCloseTo(expected[i], 5));
    close(simulate('#00ff00', 'protanopia'), [1, 0.786281, 0]);
    close(simulate('#00ff00', 'deuteranopia'), [0.860646, 0.672501, 0.04294]);
    close(simulate('#00ff00', 'tritanopia'), [0, 0.930809, 0.691367]);
    close(simulate('#00ff00', 'none'), [0, 1, 0]);
    // sRGB 0x80 is 0.2158605 in linear light: the same column, scaled by that.
    close(simulate('#008000', 'protanopia'), [1.052583 * 0.2158605, 0.786281 * 0.2158605, 0]);
    // The red/green pair above, pinned: simulated on sRGB values instead it would be about 17.9.
    expect(perceivedDistance('#d62728', '#2ca02c', 'deuteranopia')).toBeCloseTo(7.31, 1);
  });

  it('measures CIE76 ΔE and WCAG contrast on known pairs', () => {
    expect(perceivedDistance('#000000', '#ffffff', 'none')).toBeCloseTo(100, 3);
    expect(perceivedDistance('#ff0000', '#ff0000', 'tritanopia')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 6);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});
