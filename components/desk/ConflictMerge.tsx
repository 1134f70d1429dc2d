'use client';
import { useState } from 'react';
import { CLAIM_FIELDS, type FormValues } from '@/geo/claim-form';
import { mergeDefaults, type MergeSide } from '@/geo/merge-fields';
import { type RevisionView, when } from './ClaimList';

/** The other revision's note in quotes, ending the sentence: its own full stop, if it has one, ends it ("…radii.”.", once). */
const quotedNote = (note: string) => (/[.!?]$/.test(note.trim()) ? `“${note.trim()}”` : `“${note.trim()}”.`);

const CHANGED_BY = { mine: 'you changed it', theirs: 'they changed it', both: 'both changed it' } as const;

/**
 * A save refused because someone saved first: both versions side by side, field by field where they differ. Each
 * field starts on the side that changed it since the revision the edit started from (`ancestor`), so a merge never
 * quietly undoes the other editor's change; where both changed it, on the editor's own text. Nothing typed is lost,
 * and the merge becomes the form to save again. A retraction is said plainly: publishing again undoes it.
 */
export function ConflictMerge({ mine, theirs, ancestor, current, draftOverShown, theirsMayStartFrom = null, onMerged }: {
  mine: FormValues; theirs: FormValues; ancestor: FormValues; current: RevisionView;
  /** Theirs is an unpublished draft and this edit started from what readers see (geo/merge-fields.ts). */
  draftOverShown: boolean;
  /** What readers saw, when this edit started from a draft and theirs is a publish (geo/merge-fields.ts). */
  theirsMayStartFrom?: FormValues | null;
  onMerged: (merged: FormValues) => void;
}) {
  const differing = CLAIM_FIELDS.filter((f) => (mine[f.name] ?? '') !== (theirs[f.name] ?? ''));
  const defaults = mergeDefaults(mine, theirs, ancestor, draftOverShown, theirsMayStartFrom);
  const changedBy = draftOverShown ? { ...CHANGED_BY, theirs: 'their draft changed it' } : CHANGED_BY;
  const [choice, setChoice] = useState<Record<string, MergeSide>>({});
  const sideOf = (name: string): MergeSide => choice[name] ?? defaults[name]?.side ?? 'mine';
  const merged = () => Object.fromEntries(CLAIM_FIELDS.map((f) => [f.name, (sideOf(f.name) === 'theirs' ? theirs : mine)[f.name] ?? '']));
  const retracted = current.state === 'retracted';
  return (
    <section className="desk-conflict" aria-labelledby="conflict-heading">
      <h3 id="conflict-heading">Two versions of this claim</h3>
      {draftOverShown ? (
        <p>
          Revision {current.revision} is a <strong>draft, not published</strong>, saved by {current.author} at {when(current.createdAt)}: {quotedNote(current.note)}
          Readers still see what you started from. Its changes are left out unless you pick them: whatever you pick goes to readers when you publish,
          and saving replaces the draft (it stays in the claim&rsquo;s history).
        </p>
      ) : (
        <p>
          Revision {current.revision} was saved by {current.author} at {when(current.createdAt)}
          {retracted ? ' (a retraction)' : ''}: {quotedNote(current.note)} Choose, field by field, what to keep: each starts on the side that changed it.
        </p>
      )}
      {retracted ? (
        <p className="desk-warning" role="alert">
          <strong>This claim was retracted:</strong> readers no longer see it. Saving a draft keeps it off the map; publishing brings it back.
        </p>
      ) : null}
      <div className="desk-table-frame">
        <table className="desk-table">
          <thead><tr><th scope="col">Field</th><th scope="col">Yours</th><th scope="col">{draftOverShown ? `Their draft (revision ${current.revision}, not published)` : `Theirs (revision ${current.revision})`}</th></tr></thead>
          <tbody>
            {differing.map((f) => (
              <tr key={f.name} data-field={f.name}>
                <th scope="row">{f.label}<small className="desk-changed-by">{changedBy[defaults[f.name]?.changedBy ?? 'both']}</small></th>
                {(['mine', 'theirs'] as const).map((side) => (
                  <td key={side}>
                    <label className="desk-pick">
                      <input type="radio" name={`pick-${f.name}`} checked={sideOf(f.name) === side} onChange={() => setChoice({ ...choice, [f.name]: side })} />
                      <span className="desk-version">{(side === 'mine' ? mine : theirs)[f.name] || '(empty)'}</span>
                    </label>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {differing.length === 0 ? <p>The fields are the same; only the revision moved on.</p> : null}
      <button type="button" className="button primary" onClick={() => onMerged(merged())}>Use this merge</button>
    </section>
  );
}
