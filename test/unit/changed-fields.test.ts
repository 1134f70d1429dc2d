import { describe, expect, it } from 'vitest';
import { beyondFix, changedFields } from '@/geo/changed-fields';
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

describe('beyondFix', () => {
  const url = claim.source.url!;
  const host = new URL(url).hostname.replace(/^www\./, '');

  it('lets a fix mend a title, a note or a broken link within its site', () => {
    const mended = { ...claim, note: `${claim.note ?? ''} (typo mended)`, source: { ...claim.source, title: 'A mended title', url: `${url.replace(/\/?$/, '')}/amp` } };
    expect(beyondFix(claim, mended)).toEqual([]);
  });

  // A review's fix moved a claim "Inside Belarus" and its source to another site, with no word to readers.
  it('refuses where the claim is, in words, and a source moved to another site, saying which site', () => {
    const moved = { ...claim, where: { ...claim.where, description: 'Inside Belarus' }, source: { ...claim.source, url: 'https://example.com/some-other-page' } };
    expect(beyondFix(claim, moved).map((f) => f.label)).toEqual(['Where, in words', `Address of the page read to another site (example.com, not ${host})`]);
  });
});
