import { describe, expect, it } from 'vitest';
import { changedFields } from '@/geo/changed-fields';
import { loadBuildup } from '@/geo/load-buildup';

const claim = structuredClone(loadBuildup().claims.find((c) => c.id === 'carpenter-169-190k')!);

describe('changedFields', () => {
  it('names each changed field with its label, in the form order, before and after', () => {
    const draft = { ...claim, qualifier: 'up to', value: 170000, source: { ...claim.source, outlet: 'OSCE' } };
    expect(changedFields(claim, draft)).toEqual([
      { name: 'value', label: 'Number', before: '169000', after: '170000' },
      { name: 'qualifier', label: 'Qualifier', before: claim.qualifier ?? '', after: 'up to' },
      { name: 'source.outlet', label: 'Original outlet', before: claim.source.outlet, after: 'OSCE' },
    ]);
  });

  it('finds nothing between a claim and its copy with empty fields as null (as the desk form sends it)', () => {
    expect(claim.year).toBeUndefined();
    expect(changedFields(claim, { ...claim, series: claim.series ?? null, year: null })).toEqual([]);
  });

  it('compares against nothing (a retraction) as every field emptied', () => {
    const gone = changedFields(claim, null);
    expect(gone.find((f) => f.name === 'id')).toEqual({ name: 'id', label: 'Id', before: claim.id, after: '' });
    expect(gone.every((f) => f.after === '')).toBe(true);
  });
});
