import { describe, expect, it } from 'vitest';
import { contrastRatio, perceivedDistance, type Deficiency } from '@/geo/color-vision';
import { themes, THEMES } from '@/geo/style';

const VISIONS: (Deficiency | 'none')[] = ['none', 'protanopia', 'deuteranopia', 'tritanopia'];
/** ΔE76 of 10 is clearly visible side by side on a map. */
const MIN_DISTANCE = 10;

describe.each(THEMES)('the %s palette', (name) => {
  const theme = themes[name];
  const fills: Record<string, string> = {
    Ukraine: theme.fill.ukraine,
    Russia: theme.fill.russia,
    Belarus: theme.fill.belarus,
    'eastern flank': theme.fill['eastern-flank'],
    'other countries': theme.fill.neighbour,
    'Crimea hatch': theme.crimeaHatch,
  };
  const names = Object.keys(fills);
  const pairs = names.flatMap((a, i) => names.slice(i + 1).map((b) => [a, b] as const));

  it.each(VISIONS)('keeps every pair of fills apart with %s', (vision) => {
    const tooClose = pairs
      .map(([a, b]) => ({ pair: `${a} / ${b}`, distance: Math.round(perceivedDistance(fills[a], fills[b], vision)) }))
      .filter(({ distance }) => distance < MIN_DISTANCE);
    expect(tooClose).toEqual([]);
  });

  it('keeps the flank family’s two shades apart from each other', () => {
    expect(perceivedDistance(theme.fill['eastern-flank'], theme.flankAlternate, 'none')).toBeGreaterThan(5);
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
});
