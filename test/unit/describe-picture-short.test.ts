/**
 * The short alt text for a social post (geo/describe-picture-short.ts): the whole description of the latest day runs to
 * about 2,100 characters, more than the 1,000 X takes, and the export dialog could only say "shorten it there".
 */
import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { describePicture } from '@/geo/describe-picture';
import { SHORT_ALT_LIMIT, shortDescription } from '@/geo/describe-picture-short';

const buildup = loadBuildup();
const last = buildup.steps.length - 1;

describe('shortDescription', () => {
  it('says the latest day in at most 1,000 characters, every figure with where, who counts it and its number', () => {
    expect(describePicture(buildup, last).length).toBeGreaterThan(SHORT_ALT_LIMIT);
    const text = shortDescription(buildup, last);
    expect(text.length).toBeLessThanOrEqual(SHORT_ALT_LIMIT);
    expect(text).toBe(
      'Map of Ukraine and its neighbours as of 24 February 2022. Crimea is marked as Ukrainian territory occupied by Russia since 2014. '
      + "Circles sized by number show troop figures, each with its source's number: 147,000 troops, reported by Ukraine's officials (35); "
      + "if this trend continues, soon 175,000 troops, projected by Ukraine's officials (12); 169,000 to 190,000 troops, estimated by the U.S. government (33); "
      + 'could eventually reach 175,000 troops, projected by the U.S. government (5); well over 100,000 troops, reported by NATO (27); '
      + 'nearly 5,000 troops in Belarus, reported by the U.S. government (25); more than 30,000 troops near the Belarus–Ukraine border, projected by the U.S. government (26). '
      + "Numbers without a circle mark what was said of a place: 14 on Crimea, 15 on NATO's eastern flank, 36 on Ukraine.",
    );
  });

  it('gives way in order where even that is too long: the numbers without a circle, Crimea, then the earliest figures, counted', () => {
    const full = shortDescription(buildup, last);
    const withoutNotes = shortDescription(buildup, last, buildup.claims, [], null, full.length - 1);
    expect(withoutNotes).not.toContain('Numbers without a circle');
    expect(withoutNotes).toContain('Crimea is marked');
    const withoutCrimea = shortDescription(buildup, last, buildup.claims, [], null, withoutNotes.length - 1);
    expect(withoutCrimea).not.toContain('Crimea');
    const fewer = shortDescription(buildup, last, buildup.claims, [], null, 400);
    expect(fewer.length).toBeLessThanOrEqual(400);
    expect(fewer).toMatch(/; and \d more figures\.$/);
    // The newest stays: what the picture is as of.
    expect(fewer).toContain('147,000 troops');
  });

  it('leaves out what the picture does not draw: hidden figures, Crimea out of view', () => {
    expect(shortDescription(buildup, last, buildup.claims, ['figures'])).toBe('Map of Ukraine and its neighbours as of 24 February 2022. Crimea is marked as Ukrainian territory occupied by Russia since 2014.');
    expect(shortDescription(buildup, last, [], [], { areas: new Set(['belarus']), flank: [] })).toBe('Map of Ukraine and its neighbours as of 24 February 2022.');
  });
});
