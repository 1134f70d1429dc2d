import { describe, expect, it } from 'vitest';
import { mergeDefaults } from '@/geo/merge-fields';

describe('mergeDefaults', () => {
  const ancestor = { claimant: 'Ukraine', note: '', qualifier: 'about', unit: 'troops' };

  it('starts each differing field on the side that changed it, so taking the defaults keeps both editors’ changes', () => {
    // They added a note for readers; you changed who says it: neither change is undone.
    const theirs = { ...ancestor, note: 'Counts naval forces' };
    const mine = { ...ancestor, claimant: 'Ukraine’s defence ministry' };
    expect(mergeDefaults(mine, theirs, ancestor)).toEqual({
      note: { side: 'theirs', changedBy: 'theirs' },
      claimant: { side: 'mine', changedBy: 'mine' },
    });
  });

  it('keeps the editor’s own text where both changed a field, and leaves out fields the two agree on', () => {
    const theirs = { ...ancestor, qualifier: 'nearly', unit: 'battalion tactical groups' };
    const mine = { ...ancestor, qualifier: 'more than', unit: 'battalion tactical groups' };
    expect(mergeDefaults(mine, theirs, ancestor)).toEqual({ qualifier: { side: 'mine', changedBy: 'both' } });
  });

  it('reads a field missing on one side as empty', () => {
    expect(mergeDefaults({ note: 'x' }, {}, {})).toEqual({ note: { side: 'mine', changedBy: 'mine' } });
  });

  it('leaves a colleague’s unpublished draft out by default when the edit started from what readers see', () => {
    // Their draft changed the note; you changed who says it: publishing the defaults must not publish their draft.
    const theirs = { ...ancestor, note: 'UNVETTED DRAFT NOTE' };
    const mine = { ...ancestor, claimant: 'Ukraine’s defence ministry' };
    expect(mergeDefaults(mine, theirs, ancestor, true)).toEqual({
      note: { side: 'mine', changedBy: 'theirs' },
      claimant: { side: 'mine', changedBy: 'mine' },
    });
  });

  // A review: an editor's draft added a note; an admin published a correction of "where" from what readers saw, not
  // from the draft. The note, which the publish never had, read "they changed it", and the defaults emptied it.
  it('keeps a draft\'s change that a publish made from what readers saw never had, and takes that publish\'s own', () => {
    const shown = { ...ancestor, where: 'At the border' };
    const draft = { ...shown, note: 'Counts the Black Sea Fleet' };
    const published = { ...shown, where: 'At the border (to Military Times)' };
    expect(mergeDefaults(draft, published, draft, false, shown)).toEqual({
      note: { side: 'mine', changedBy: 'mine' },
      where: { side: 'theirs', changedBy: 'theirs' },
    });
    // Without knowing it (an edit that started from what readers see), the same fields read as before.
    expect(mergeDefaults(draft, published, draft)).toEqual({ note: { side: 'theirs', changedBy: 'theirs' }, where: { side: 'theirs', changedBy: 'theirs' } });
  });
});
