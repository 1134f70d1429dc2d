/** The chart in words: per series its first and latest figure known by the date, each with its kind and scope. */
import { describe, expect, it } from 'vitest';
import { chartSummary } from '@/geo/chart-summary';
import { loadBuildup } from '@/geo/load-buildup';
import { knownAt } from '@/geo/timeline';

const buildup = loadBuildup();
const summaryAt = (date: string) => chartSummary(knownAt(buildup.claims, buildup.steps, buildup.steps.indexOf(date)), date);

describe('chartSummary', () => {
  it('says when no troop figure had been given', () => {
    expect(chartSummary([], '2021-10-01')).toBe('No troop figure had been given by 1 October 2021.');
  });

  it('gives a lone figure with its kind and scope', () => {
    expect(summaryAt('2021-10-30')).toBe(
      "1 troop figure known by 30 October 2021. Ukraine's officials: 80,000 to 90,000 troops (estimate, not counting Crimea) on 30 October 2021.",
    );
  });

  it('gives each series its first and latest figure, and leaves out figures that are not troops', () => {
    // The U.S. battalion tactical groups of 3 and 4 December are not troops: the U.S. has 2 figures, not 4.
    expect(summaryAt('2021-12-06')).toBe(
      "12 troop figures known by 6 December 2021. Ukraine's officials, 10 figures: first 80,000 to 90,000 troops (estimate, not counting Crimea)"
      + ' on 30 October 2021, latest more than 90,000 troops (reported, counting Crimea) on 6 December 2021. U.S. government, 2 figures: first'
      + ' could eventually reach 175,000 troops (projection) on 3 December 2021, latest about 70,000 troops (estimate) on 6 December 2021.',
    );
  });
});

describe('chartSummary on a day with two counts of one series', () => {
  it('names every figure of the latest day, so it never contradicts the panel, which shows one of them', () => {
    const summary = summaryAt('2022-02-18');
    // 16 February: Ukraine's intelligence gave 148,000 with naval and air forces, and 126,000 ground troops.
    expect(summary).toMatch(/Ukraine's officials, \d+ figures: first .*, latest (.*148,000.* and .*126,000.*|.*126,000.* and .*148,000.*) on 16 February 2022\./);
  });
});
