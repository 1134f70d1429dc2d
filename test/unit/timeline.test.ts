/** The timeline: the days claims were made on, the step a date selects, and what was known then. */
import { describe, expect, it } from 'vitest';
import { knownAt, readDate, shownDay, stepForDate, timelineSteps } from '@/geo/timeline';

const CLAIMS = [
  { id: 'c', saidOn: '2021-12-06' },
  { id: 'a', saidOn: '2021-10-30' },
  { id: 'b', saidOn: '2021-12-06' },
  { id: 'd', saidOn: '2022-02-24' },
];
const STEPS = ['2021-10-30', '2021-12-06', '2022-02-24'];
const LATEST = STEPS.length - 1;

describe('timelineSteps', () => {
  it('lists the days claims were made on, in order, each once', () => {
    expect(timelineSteps(CLAIMS)).toEqual(STEPS);
  });
});

describe('readDate', () => {
  it('takes a real day written YYYY-MM-DD', () => {
    expect(readDate('2021-12-06')).toBe('2021-12-06');
    expect(readDate('2024-02-29')).toBe('2024-02-29');
  });

  it.each(['2021-02-30', '2021-02-29', '2021-13-01', '2021-00-10', '2021-12-32', '6 December 2021', '2021-12-6', ' 2021-12-06', '', null, undefined])(
    'refuses %j',
    (raw) => expect(readDate(raw)).toBeNull(),
  );
});

describe('stepForDate', () => {
  it('selects the step of a day claims were made on', () => {
    expect(STEPS.map((date) => stepForDate(STEPS, date))).toEqual([0, 1, 2]);
  });

  it('selects the step on or before a day between steps', () => {
    expect(stepForDate(STEPS, '2021-10-31')).toBe(0);
    expect(stepForDate(STEPS, '2021-12-05')).toBe(0);
    expect(stepForDate(STEPS, '2022-02-23')).toBe(1);
  });

  it('selects the latest step for no date, a date outside the timeline, or junk', () => {
    expect(stepForDate(STEPS, null)).toBe(LATEST);
    expect(stepForDate(STEPS, '2021-10-29')).toBe(LATEST);
    expect(stepForDate(STEPS, '2022-02-25')).toBe(LATEST);
    expect(stepForDate(STEPS, 'junk')).toBe(LATEST);
  });
});

describe('knownAt', () => {
  it('keeps the claims said on or before the step\'s day', () => {
    expect(knownAt(CLAIMS, STEPS, 0).map((c) => c.id)).toEqual(['a']);
    expect(knownAt(CLAIMS, STEPS, 1).map((c) => c.id)).toEqual(['c', 'a', 'b']);
    expect(knownAt(CLAIMS, STEPS, 2).map((c) => c.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('keeps every claim for a step the timeline does not have', () => {
    expect(knownAt(CLAIMS, STEPS, 99)).toHaveLength(4);
  });
});

describe('shownDay', () => {
  it('dates a day between steps by the step it shows, and keeps no date as none (the latest)', () => {
    expect(shownDay(STEPS, '2021-12-05')).toBe('2021-10-30');
    expect(shownDay(STEPS, '2021-12-06')).toBe('2021-12-06');
    expect(shownDay(STEPS, null)).toBeNull();
  });
});
