/** The export's `date` (a day of the timeline) and `layout=chart`. */
import { describe, expect, it } from 'vitest';
import { parseExportParams } from '@/geo/render/params';

const STEPS = ['2021-10-30', '2021-12-06', '2022-02-24'];
const parse = (query: string) => parseExportParams(new URLSearchParams(query), { steps: STEPS });
const errorsOf = (query: string) => {
  const result = parse(query);
  if (result.ok) throw new Error(`"${query}" was accepted`);
  return result.errors;
};

describe('the export\'s date', () => {
  it('reads a day of the timeline', () => {
    const result = parse('date=2021-12-06');
    expect(result.ok && result.params.date).toBe('2021-12-06');
  });

  it('reads a day between two steps as that day (the renderer picks the step on or before it)', () => {
    const result = parse('date=2021-11-15');
    expect(result.ok && result.params.date).toBe('2021-11-15');
  });

  it('is null when not given: the latest', () => {
    const result = parse('');
    expect(result.ok && result.params.date).toBeNull();
  });

  it.each([
    ['date=2021-13-01', 'date must be a day of the calendar (got "2021-13-01")'],
    ['date=6%20December%202021', 'date must be a day written YYYY-MM-DD (got "6 December 2021")'],
    ['date=2021-02-30', 'date must be a day of the calendar (got "2021-02-30")'],
    ['date=2023-01-01', 'date must be from 2021-10-30 to 2022-02-24, the days of the timeline (got "2023-01-01")'],
    ['date=2021-10-29', 'date must be from 2021-10-30 to 2022-02-24, the days of the timeline (got "2021-10-29")'],
    ['date=2021-12-06&date=2021-12-07', 'date must be given once (got 2 values)'],
  ])('rejects %s', (query, error) => {
    expect(errorsOf(query)).toEqual([error]);
  });
});

describe('the export\'s layout', () => {
  it.each(['full', 'chart', 'map-only'])('accepts layout=%s', (layout) => {
    const result = parse(`layout=${layout}`);
    expect(result.ok && result.params.layout).toBe(layout);
  });
});
