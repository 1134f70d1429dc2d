import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { sameDayNote } from '@/geo/same-day-figures';

const buildup = loadBuildup();

describe('a figure a series gave beside another the same day', () => {
  it('says which one the map shows for the day, and that the other is listed with its scope', () => {
    // 21 February 2022: Reznikov's 147,000 (with naval and air) and 127,000 (ground) of one statement.
    const shown = sameDayNote(buildup.claims, buildup.steps, 'reznikov-147k');
    expect(shown).toBe("Ukraine's officials also gave 127,000 troops (ground troops only) on 21 February 2022. The map and the figures show one figure of a series a day, the one counting the most forces (then the largest): this one stands for that day; the others are listed as said that day and on the chart, each with its scope.");
    expect(sameDayNote(buildup.claims, buildup.steps, 'reznikov-127k-ground')).toMatch(/^Ukraine's officials also gave 147,000 troops \(with naval and air forces\) on 21 February 2022\. .*: 147,000 troops \(with naval and air forces\) stands for that day; this one is listed as said that day and on the chart, not on the map\.$/);
  });

  it('says nothing of a figure alone on its day, of a plan beside a count, or of a statement', () => {
    expect(sameDayNote(buildup.claims, buildup.steps, 'carpenter-169-190k')).toBeNull();
    expect(sameDayNote(buildup.claims, buildup.steps, 'crimea-2014')).toBeNull();
    expect(sameDayNote(buildup.claims, buildup.steps, 'no-such-claim')).toBeNull();
  });
});
