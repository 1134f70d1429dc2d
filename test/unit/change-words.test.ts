import { describe, expect, it } from 'vitest';
import type { ClaimChange } from '@/geo/buildup';
import { claimChangeText } from '@/geo/change-words';
import { correctionMark } from '@/geo/correction-mark';

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
