import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { playText, stepText } from '@/geo/step-words';

const { claims } = loadBuildup();

describe('the words for a date', () => {
  it('say each figure with its scope and who counts, a statement as a statement, a status in a few of its words', () => {
    expect(stepText('2022-02-18', claims)).toBe('18 February 2022: 169,000 to 190,000 (in and near Ukraine, with Belarus and Crimea), U.S. government');
    const december = stepText('2021-12-06', claims);
    // A claimant alone ("…; A senior U.S. administration official; …") was heard as a fragment.
    expect(december).toContain('; a statement by a senior U.S. administration official');
    expect(december).not.toMatch(/A senior U\.S\. administration official/);
    expect(december).toContain("RFE/RL: It's one of the largest movements of Russian forces toward Ukraine in years, outside of regularly scheduled and announced training exercises");
    // The invasion in its first sentence, whole: cut at 60 characters it read "Russian troops have launched a…".
    expect(stepText('2022-02-24', claims)).toBe('24 February 2022: Associated Press: KYIV, UKRAINE (AP) – Russian troops have launched a wide-ranging attack on Ukraine as President Vladimir Putin cast aside international condemnation and sanctions');
  });

  it('while playing, say the date and how much was said that day, not every figure', () => {
    expect(playText('2022-02-18', claims)).toBe('18 February 2022: 1 figure');
    expect(playText('2021-12-06', claims)).toMatch(/^6 December 2021: \d figures?, 3 statements$/);
    expect(playText('2022-02-24', claims)).toBe('24 February 2022: 1 statement');
  });
});
