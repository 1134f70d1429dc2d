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

  it('says nothing of a day still to come, which is refused as such: "publishing it makes…" read as if it could be', () => {
    expect(timelineExtentNote('2999-01-05', STEPS)).toBeNull();
  });

  it('says so of a claim after the last day too', () => {
    expect(timelineExtentNote('2022-03-01', STEPS)).toBe(
      "Said on 1 March 2022, after 24 February 2022, where readers' timeline ends now: publishing it makes every page's timeline end on 1 March 2022. Check that the day and the month are the ones meant.",
    );
  });
});

describe('the desk\'s notes on a write (store/validate.ts writeNotes)', () => {
  it('tell a day before the timeline as soon as it is typed, while the claim\'s other fields are still missing', async () => {
    const { writeNotes } = await import('@/store/validate');
    const { claimsFileOf } = await import('@/geo/buildup');
    const { loadBuildup } = await import('@/geo/load-buildup');
    const notes = writeNotes(claimsFileOf(loadBuildup()), { claim: { id: 'new-claim', saidOn: '2021-03-12' } });
    expect(notes).toEqual(["Said on 12 March 2021, before 30 October 2021, where readers' timeline starts now: publishing it makes every page's timeline start on 12 March 2021. Check that the day and the month are the ones meant."]);
    expect(writeNotes(claimsFileOf(loadBuildup()), { claim: { id: 'new-claim', saidOn: '2021-13-45' } })).toEqual([]);
  });
});
