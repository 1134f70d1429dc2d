/** Which figure the map shows for whom: one stack per series and place, its latest figure in place and its latest plan. */
import { describe, expect, it } from 'vitest';
import type { NumberedClaim } from '@/geo/buildup';
import { figuresAt, figureStacks } from '@/geo/figure-stacks';
import { loadBuildup } from '@/geo/load-buildup';
import type { Scope } from '@/geo/schema';
import { timelineSteps } from '@/geo/timeline';

let footnote = 0;
/** A troop figure with only what the stacks read. */
function figure(id: string, saidOn: string, series: NumberedClaim['series'], o: Partial<NumberedClaim> = {}): NumberedClaim {
  const scope: Scope = { area: 'near the border', components: 'unknown', includes: {} };
  return { id, saidOn, series, value: 100000, unit: 'troops', kind: 'reported', scope, where: { description: '', geometry: 'border-zone' }, footnote: ++footnote, ...o } as NumberedClaim;
}
const withComponents = (components: Scope['components']): Scope => ({ area: 'near the border', components, includes: {} });

describe('figureStacks (a fixture)', () => {
  const claims = [
    figure('ua-1', '2022-02-01', 'ukraine', { value: 110000 }),
    figure('ua-ground', '2022-02-16', 'ukraine', { value: 126000, scope: withComponents('ground') }),
    figure('ua-all', '2022-02-16', 'ukraine', { value: 148000, scope: withComponents('ground, naval and air') }),
    figure('ua-plan', '2022-02-01', 'ukraine', { value: 175000, kind: 'projection' }),
    figure('us-1', '2022-02-01', 'us', { value: 100000 }),
    figure('us-belarus', '2022-02-10', 'us', { value: 30000, where: { description: '', geometry: 'belarus' } }),
    figure('outlet', '2022-02-10', null, { value: 100000 }),
    figure('btg', '2022-02-10', 'us', { value: 50, unit: 'battalion tactical groups' }),
  ];
  const steps = timelineSteps(claims);
  const stacks = figureStacks(claims, steps);

  it('makes one stack per series and place, the border first, and leaves out figures outside a series or not of troops', () => {
    expect(stacks.map((s) => s.key)).toEqual(['ukraine@border-zone', 'us@border-zone', 'us@belarus']);
    expect(stacks.flatMap((s) => s.spans.map((span) => span.claim.id))).not.toContain('outlet');
    expect(stacks.flatMap((s) => s.spans.map((span) => span.claim.id))).not.toContain('btg');
  });

  it('never puts figures of different series in one stack', () => {
    for (const stack of stacks) expect(stack.spans.every((span) => span.claim.series === stack.series)).toBe(true);
  });

  it('stacks Belarus figures apart from the border\'s', () => {
    const belarus = stacks.find((s) => s.place === 'belarus')!;
    expect(belarus.spans.map((s) => s.claim.id)).toEqual(['us-belarus']);
    expect(stacks.find((s) => s.key === 'us@border-zone')!.spans.map((s) => s.claim.id)).toEqual(['us-1']);
  });

  it('on a day with two figures of one series, stands the one counting ground, naval and air forces', () => {
    const ukraine = stacks.find((s) => s.key === 'ukraine@border-zone')!;
    expect(ukraine.spans.map((s) => [s.claim.id, s.role, steps[s.from], steps[s.to]])).toEqual([
      ['ua-1', 'in-place', '2022-02-01', '2022-02-10'],
      ['ua-all', 'in-place', '2022-02-16', '2022-02-16'],
      ['ua-plan', 'plan', '2022-02-01', '2022-02-16'],
    ]);
  });

  it('stands the wider figure even when it is the smaller number', () => {
    const claims2 = [
      figure('ground', '2022-02-21', 'ukraine', { value: 150000, scope: withComponents('ground') }),
      figure('all', '2022-02-21', 'ukraine', { value: 147000, scope: withComponents('ground, naval and air') }),
    ];
    const [stack] = figureStacks(claims2, timelineSteps(claims2));
    expect(stack.spans.map((s) => s.claim.id)).toEqual(['all']);
  });

  it('keeps a stack\'s largest number, a range\'s upper end included, for sizing', () => {
    const ranged = [figure('r', '2022-02-18', 'us', { value: 169000, valueHigh: 190000 }), figure('p', '2021-12-03', 'us', { value: 175000, kind: 'projection' })];
    expect(figureStacks(ranged, timelineSteps(ranged))[0].maxValue).toBe(190000);
  });
});

describe('figuresAt, on the shipped claims', () => {
  const buildup = loadBuildup();
  const at = (date: string) => figuresAt(figureStacks(buildup.claims, buildup.steps), buildup.steps.indexOf(date));
  const shown = (date: string) => at(date).map((s) => `${s.claim.series}@${s.claim.where.geometry} ${s.role}: ${s.claim.id}`);

  it('on 6 December 2021 shows Ukraine\'s deployed-90k in place and the U.S. plan projected-175k', () => {
    expect(shown('2021-12-06')).toEqual([
      'ukraine@border-zone in-place: deployed-90k',
      'ukraine@border-zone plan: reznikov-175k-trend',
      'us@border-zone in-place: us-estimate-70k',
      'us@border-zone plan: projected-175k',
    ]);
  });

  it('on 21 February 2022 shows Reznikov\'s 147,000 with naval and air forces, not his 127,000 ground troops', () => {
    const ids = at('2022-02-21').map((s) => s.claim.id);
    expect(ids).toContain('reznikov-147k');
    expect(ids).not.toContain('reznikov-127k-ground');
  });

  it('on the last day shows each series\' latest figure, Belarus apart', () => {
    expect(shown(buildup.asOf)).toEqual([
      'ukraine@border-zone in-place: reznikov-147k',
      'ukraine@border-zone plan: reznikov-175k-trend',
      'us@border-zone in-place: carpenter-169-190k',
      'us@border-zone plan: projected-175k',
      'nato@border-zone in-place: stoltenberg-100k',
      'us@belarus in-place: belarus-5k',
      'us@belarus plan: belarus-30k-planned',
    ]);
  });
});
