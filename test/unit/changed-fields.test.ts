import { describe, expect, it } from 'vitest';
import { beyondFix, changedFields, editDistance } from '@/geo/changed-fields';
import { loadBuildup } from '@/geo/load-buildup';

const claim = structuredClone(loadBuildup().claims.find((c) => c.id === 'carpenter-169-190k')!);

describe('changedFields', () => {
  it('names each changed field with its label, in the form order, before and after', () => {
    const draft = { ...claim, qualifier: 'up to', value: 170000, source: { ...claim.source, outlet: 'OSCE' } };
    expect(changedFields(claim, draft)).toEqual([
      { name: 'value', label: 'Number', before: '169,000', after: '170,000' },
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

  it('lets a fix mend a title\'s typo, a note\'s punctuation or a broken link within its site', () => {
    const before = { ...claim, note: 'The figure is the ministrys own, given at a briefing', source: { ...claim.source, title: 'Russia masses troops near Ukrane' } };
    const mended = { ...before, note: 'The figure is the ministry\'s own, given at a briefing.', source: { ...before.source, title: 'Russia masses troops near Ukraine', url: `${url.replace(/\/?$/, '')}/amp` } };
    expect(beyondFix(before, mended)).toEqual([]);
  });

  // A review's fix rewrote the note readers see ("Danilov later said the true figure was 200,000.") and the title
  // printed in quotation marks as the page's own, with no word to readers.
  it('refuses words rewritten, added or taken away under a fix', () => {
    const before = { ...claim, note: 'The figure excludes Crimea.', source: { ...claim.source, title: 'Russia masses troops near Ukraine' } };
    const rewritten = { ...before, note: 'Danilov later said the true figure was 200,000.', source: { ...before.source, title: 'A completely different headline' } };
    expect(beyondFix(before, rewritten).map((f) => f.label)).toEqual(["The page's own title (more than a typo or its punctuation)", 'Note for readers (more than a typo or its punctuation)']);
    expect(beyondFix(before, { ...before, note: '' }).map((f) => f.name)).toEqual(['note']);
    expect(beyondFix({ ...before, note: '' }, before).map((f) => f.name)).toEqual(['note']);
  });

  // A review's fixes changed a note's figures and meaning a digit or two letters at a time, within the 5% a typo had.
  it('refuses a number changed, a word turned into another and a word added or taken away, however small', () => {
    const note = 'The figure includes troops already in Belarus; NATO expects 30,000 by 10 February, against 94,000 or 95,000 before.';
    const before = { ...claim, note };
    for (const changed of [
      note.replace('includes', 'excludes'),
      note.replace('30,000', '80,000'),
      note.replace('10 February', '20 February'),
      note.replace('94,000 or 95,000', '84,000 or 65,000'),
      note.replace('already in', 'not in'),
      note.replace('already in', 'already not in'),
    ]) expect(beyondFix(before, { ...before, note: changed }).map((f) => f.name), changed).toEqual(['note']);
    // Typos and punctuation still mend: a letter swapped, added or doubled, an apostrophe, a number's comma, spacing.
    for (const mended of [
      note.replace('troops', 'troosp'), note.replace('already', 'alredy'), note.replace('The figure', 'Teh figure'),
      note.replace('30,000', '30000'), note.replace('; NATO', '. NATO'), note.replace('includes', 'inclu des'),
    ]) expect(beyondFix({ ...before, note: mended }, before), mended).toEqual([]);
  });

  // A review's fix moved a claim "Inside Belarus" and its source to another site, with no word to readers.
  it('refuses where the claim is, in words, and a source moved to another site, saying which site', () => {
    const moved = { ...claim, where: { ...claim.where, description: 'Inside Belarus' }, source: { ...claim.source, url: 'https://example.com/some-other-page' } };
    expect(beyondFix(claim, moved).map((f) => f.label)).toEqual(['Where, in words', `Address of the page read to another site (example.com, not ${host})`]);
  });
});

describe('editDistance', () => {
  it('counts letters changed, added and taken away, and stops past its limit', () => {
    expect(editDistance('ukrane', 'ukraine', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('a'.repeat(4000), 'b'.repeat(4000), 5)).toBe(6);
    expect(editDistance('same', 'same', 0)).toBe(0);
  });
});
