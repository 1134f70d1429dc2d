import { describe, expect, it } from 'vitest';
import { claimDate, claimDateLabel } from '@/geo/claim-date';
import { loadBuildup } from '@/geo/load-buildup';

describe('claimDate', () => {
  it('says "reported" for a claim dated by the report that carried it', () => {
    expect(claimDate({ saidOn: '2022-01-19', datedBy: 'report' })).toBe('reported 19 January 2022');
    expect(claimDateLabel({ saidOn: '2022-01-19', datedBy: 'report' })).toBe('Reported on');
  });
  it('says the day alone for a claim dated when it was said', () => {
    expect(claimDate({ saidOn: '2022-02-15' })).toBe('15 February 2022');
    expect(claimDateLabel({ saidOn: '2022-02-15', datedBy: 'statement' })).toBe('Said on');
  });
  it('the shipped data dates by their report the claims whose sources do not say when they were said', () => {
    const byId = new Map(loadBuildup().claims.map((c) => [c.id, c]));
    for (const id of ['danilov-80-90k', 'ukraine-mod-127k', 'ukraine-intel-148k', 'reznikov-147k', 'stoltenberg-100k']) expect(byId.get(id)?.datedBy).toBe('report');
    expect(byId.get('biden-150k')?.datedBy).toBeUndefined();
  });
});
