import { describe, expect, it } from 'vitest';
import type { ClaimChange } from '@/geo/buildup';
import { changeLines, claimChangeText, togetherWords } from '@/geo/change-words';
import { previousWords } from '@/geo/claim-previous';
import { correctionMark } from '@/geo/correction-mark';
import { loadBuildup } from '@/geo/load-buildup';
import { sourceText } from '@/geo/render/format';

describe('claimChangeText', () => {
  it('says the change, its day, the note and what the claim said before', () => {
    expect(claimChangeText({ change: 'correction', date: '2026-12-01', note: 'The figure was 160,000', previous: '150,000 troops' }))
      .toBe('Corrected 1 December 2026: The figure was 160,000; previously 150,000 troops');
  });

  it('drops the note\'s own full stop before "; previously" (it read "143,000.; previously")', () => {
    expect(claimChangeText({ change: 'correction', date: '2026-12-01', note: 'The figure was 143,000. ', previous: '143,500 troops' }))
      .toBe('Corrected 1 December 2026: The figure was 143,000; previously 143,500 troops');
  });

  it('keeps a note as written when nothing follows it', () => {
    expect(claimChangeText({ change: 'update', date: '2026-12-01', note: 'New reporting.', previous: null })).toBe('Updated 1 December 2026: New reporting.');
  });
});

describe('correctionMark', () => {
  it('says the latest correction, short, and nothing for an update or none', () => {
    const changes: ClaimChange[] = [
      { change: 'correction', date: '2026-11-30', note: 'a', previous: '150,000 troops' },
      { change: 'update', date: '2026-12-01', note: 'b', previous: '155,000 troops' },
      { change: 'correction', date: '2026-12-02', note: 'c', previous: '158,000 troops' },
    ];
    expect(correctionMark(changes)).toBe('corrected 2 December 2026, previously 158,000 troops');
    expect(correctionMark(changes.filter((c) => c.change === 'update'))).toBeNull();
    expect(correctionMark(undefined)).toBeNull();
    // An update changed the figure after the correction: "previously" would name the wrong figure.
    expect(correctionMark([...changes, { change: 'update', date: '2026-12-03', note: 'd', previous: '160,000 troops' }])).toBe('corrected 2 December 2026');
  });
});

describe('changeLines: /changes as a reader reads it', () => {
  const entry = (dataVersion: number, change: string, kind: string, key: string, note = 'n') => ({ dataVersion, publishedAt: '2026-12-01T10:00:00Z', change, kind, key, note, figure: null, previous: null });
  it('puts what one publish changed under one note on one line, counted, and keeps every other change on its own', () => {
    const lines = changeLines([
      entry(3, 'correction', 'claim', 'a'), entry(2, 'new', 'claim', 'b'),
      entry(1, 'new', 'claim', 'c', 'Imported'), entry(1, 'new', 'claim', 'd', 'Imported'), entry(1, 'new', 'scenes', 'scenes', 'Imported'), entry(1, 'new', 'story', 'story', 'Imported'),
    ]);
    expect(lines.map((l) => [l.dataVersion, l.change, l.key, l.together ?? null])).toEqual([
      [3, 'correction', 'a', null], [2, 'new', 'b', null], [1, 'new', 'c', { claim: 2, scenes: 1, story: 1 }],
    ]);
    expect(togetherWords({ claim: 36, scenes: 1, comparisons: 1, story: 1 })).toBe('36 claims, the scenes, the comparisons and the story');
    expect(togetherWords({ claim: 1 })).toBe('1 claim');
  });
});

describe('a correction on an image', () => {
  const buildup = loadBuildup();
  const claim = { ...buildup.claims.find((c) => c.id === 'carpenter-169-190k')! };
  const note = 'The ambassador spoke to the OSCE Permanent Council, not to the press';

  it('gives its day and the figure it replaced, not the note (the sources page has it)', () => {
    const text = sourceText({ ...claim, changes: [{ change: 'correction', date: '2026-12-04', note, previous: 'more than 150,000 troops' }] });
    expect(text).toMatch(/\. Corrected 4 December 2026, previously more than 150,000 troops\.$/);
    expect(text).not.toContain(note);
  });

  it('gives only its day when it put words right: what they said is on the sources page', () => {
    const previous = previousWords(JSON.stringify({ ...claim, claimant: 'Michael Carpenter' }), JSON.stringify(claim))!;
    expect(previous).toBe('said by “Michael Carpenter”');
    const text = sourceText({ ...claim, changes: [{ change: 'correction', date: '2026-12-04', note, previous }] });
    expect(text).toMatch(/\. Corrected 4 December 2026\.$/);
    // An update is new information, not a wrong figure: the image says nothing of it (as before).
    expect(sourceText({ ...claim, changes: [{ change: 'update', date: '2026-12-04', note, previous: null }] })).toBe(sourceText(claim));
  });
});
