import { describe, expect, it } from 'vitest';
import type { RevisionView } from '@/components/desk/ClaimList';
import { revisionChanges } from '@/components/desk/revision-changes';

const body = { id: 'x', value: 90000, qualifier: 'about', quote: 'about 90,000 troops' };
const revision = (n: number, state: RevisionView['state'], change: string, claim: Record<string, unknown> | null): RevisionView => ({
  id: n, key: 'x', revision: n, state, change, note: '', body: claim, author: 'ed@example.com', createdAt: '2026-12-06T07:00:00Z', dataVersion: null,
});

describe("a claim's history line: what a revision changed", () => {
  it('names the fields it changed', () => {
    const history = [revision(1, 'published', 'new', body), revision(2, 'draft', 'draft', { ...body, qualifier: 'nearly' })];
    expect(revisionChanges(history, 1)).toBe(' (changed Qualifier)');
  });

  // An editor's review read "(changed no field)" on a publish, as if it had done nothing.
  it('says a draft published as it was, by its revision', () => {
    const history = [revision(1, 'published', 'new', body), revision(2, 'draft', 'draft', { ...body, qualifier: 'nearly' }), revision(3, 'published', 'update', { ...body, qualifier: 'nearly' })];
    expect(revisionChanges(history, 2)).toBe(' (the draft of revision 2, as it was)');
    expect(revisionChanges([revision(1, 'draft', 'draft', body), revision(2, 'draft', 'draft', body)], 1)).toBe(' (changed no field)');
  });

  it('says nothing of a discard, its undoing, a retraction or a first revision', () => {
    const history = [revision(1, 'draft', 'draft', body), revision(2, 'draft', 'discard', body), revision(3, 'retracted', 'retraction', null)];
    expect(history.map((_, i) => revisionChanges(history, i))).toEqual(['', '', '']);
  });
});
