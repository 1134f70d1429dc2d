import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { otherFiguresNote } from '@/geo/other-figures-note';

const ansa = 'the US estimates that Moscow currently has 70,000 troops near the Ukrainian border, against the approximately 94,000 reported by Kiev.';

describe('the note on figures a quote gives besides the claim’s own', () => {
  // A review changed Kyiv's 94,000 to the 70,000 the same words give the U.S.: every check passed.
  it('names the other figures and who the claim says gave its own', () => {
    expect(otherFiguresNote({ quote: ansa, value: 70000, claimant: 'Kyiv (as reported by ANSA)' })).toBe(
      "The exact words hold other figures too (94,000): check that 70,000 is this claim's, and that the words give it to Kyiv (as reported by ANSA).",
    );
    expect(otherFiguresNote({ quote: ansa, value: 94000, claimant: 'Kyiv' })).toMatch(/^The exact words hold other figures too \(70,000\): check that 94,000 /);
  });

  it('reads the ways a quote writes a number, and leaves out the claim’s own, years and small numbers', () => {
    const quote = 'On 18 February 2022 there were between 169,000 – 190,000 personnel, 100 battalion groups, 30.000 in Belarus and 122 000 near the border';
    expect(otherFiguresNote({ quote, value: 169000, valueHigh: 190000, claimant: 'The U.S.' })).toBe(
      "The exact words hold other figures too (30,000, 122,000): check that 169,000–190,000 is this claim's, and that the words give it to The U.S.",
    );
    expect(otherFiguresNote({ quote: 'more than 90,000 troops since 2021', value: 90000, claimant: 'Ukraine' })).toBeNull();
    expect(otherFiguresNote({ quote: ansa, value: null, claimant: 'RFE/RL' })).toBeNull();
  });

  it('is said of the shipped claims whose words give two figures, and not of one whose words give one', () => {
    const noted = loadBuildup().claims.filter((c) => otherFiguresNote(c) !== null).map((c) => c.id);
    expect(noted).toEqual(expect.arrayContaining(['kyiv-estimate-94k', 'reznikov-127k-ground', 'reznikov-147k']));
    expect(noted).not.toContain('deployed-90k');
  });
});
