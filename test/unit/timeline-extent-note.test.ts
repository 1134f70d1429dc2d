import { describe, expect, it } from 'vitest';
import { timelineExtentNote } from '@/geo/timeline-extent-note';

const STEPS = ['2021-10-30', '2021-11-03', '2022-02-24'];

describe('timelineExtentNote', () => {
  it('says nothing of a claim said within the timeline readers have, its first and last days included', () => {
    for (const day of ['2021-10-30', '2021-12-07', '2022-02-24']) expect(timelineExtentNote(day, STEPS)).toBeNull();
    expect(timelineExtentNote('2021-01-01', [])).toBeNull();
  });

  it('names, in words, a day and month read the wrong way round (12 March for 3 December) and where the timeline would start', () => {
    expect(timelineExtentNote('2021-03-12', STEPS)).toBe(
      "Said on 12 March 2021, before 30 October 2021, where readers' timeline starts now: publishing it makes every page's timeline start on 12 March 2021. Check that the day and the month are the ones meant.",
    );
  });

  it('says so of a claim after the last day too', () => {
    expect(timelineExtentNote('2022-03-01', STEPS)).toBe(
      "Said on 1 March 2022, after 24 February 2022, where readers' timeline ends now: publishing it makes every page's timeline end on 1 March 2022. Check that the day and the month are the ones meant.",
    );
  });
});
