/**
 * The note for an address whose `?date=` the timeline does not have (geo/view-state.ts, dateNotice): the date is
 * ignored as issue 13 asks, and the viewer is told so, with the dates there are.
 */
import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { dateNotice } from '@/geo/view-state';

const { steps } = loadBuildup();
const RANGE = 'from 30 October 2021 to 24 February 2022 (written YYYY-MM-DD): this shows the latest, 24 February 2022.';

describe('dateNotice', () => {
  it('says nothing without a date, or for a day of the timeline', () => {
    expect(dateNotice({}, steps)).toBeNull();
    expect(dateNotice({ date: '' }, steps)).toBeNull();
    expect(dateNotice({ date: '2021-12-06' }, steps)).toBeNull();
    // A day between two of the timeline's dates is inside it: the day before is shown, as the slider would.
    expect(dateNotice(new URLSearchParams('date=2022-01-01'), steps)).toBeNull();
  });

  it('names a date that is not one, or is outside the timeline, and what is shown instead', () => {
    expect(steps[0]).toBe('2021-10-30');
    for (const junk of ['2021-02-30', 'yesterday', '2019-01-01', '2031-01-01', '2021-12-06T00:00']) {
      expect(dateNotice({ date: junk }, steps)).toBe(`“${junk}” is not a date ${RANGE}`);
    }
    expect(dateNotice({ date: ['nonsense', '2021-12-06'] }, steps)).toBe(`“nonsense” is not a date ${RANGE}`);
  });

  it('repeats at most 24 characters of a long date back', () => {
    expect(dateNotice({ date: 'x'.repeat(5000) }, steps)).toBe(`“${'x'.repeat(24)}…” is not a date ${RANGE}`);
    // Counted by character, not UTF-16 unit: an emoji is kept whole.
    expect(dateNotice({ date: `${'x'.repeat(23)}🇺🇦🇺🇦` }, steps)).toBe(`“${'x'.repeat(23)}\u{1F1FA}…” is not a date ${RANGE}`);
  });
});
