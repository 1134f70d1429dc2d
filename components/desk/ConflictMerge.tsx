'use client';
import { useState } from 'react';
import { CLAIM_FIELDS, type FormValues } from '@/geo/claim-form';
import type { RevisionView } from './ClaimList';

/**
 * A save refused because someone saved first: both versions side by side, field by field where they differ, the
 * editor's own text chosen by default; nothing typed is lost, and the merge becomes the form to save again.
 */
export function ConflictMerge({ mine, theirs, current, onMerged }: { mine: FormValues; theirs: FormValues; current: RevisionView; onMerged: (merged: FormValues) => void }) {
  const differing = CLAIM_FIELDS.filter((f) => (mine[f.name] ?? '') !== (theirs[f.name] ?? ''));
  const [choice, setChoice] = useState<Record<string, 'mine' | 'theirs'>>({});
  const merged = () => Object.fromEntries(CLAIM_FIELDS.map((f) => [f.name, (choice[f.name] === 'theirs' ? theirs : mine)[f.name] ?? '']));
  return (
    <section className="desk-conflict" aria-labelledby="conflict-heading">
      <h3 id="conflict-heading">Two versions of this claim</h3>
      <p>
        Revision {current.revision} was saved by {current.author} at {current.createdAt.slice(0, 16).replace('T', ' ')}
        {current.state === 'retracted' ? ' (a retraction)' : ''}: “{current.note}”. Choose, field by field, what to keep.
      </p>
      <div className="desk-table-frame">
        <table className="desk-table">
          <thead><tr><th scope="col">Field</th><th scope="col">Yours</th><th scope="col">Theirs (revision {current.revision})</th></tr></thead>
          <tbody>
            {differing.map((f) => (
              <tr key={f.name} data-field={f.name}>
                <th scope="row">{f.label}</th>
                {(['mine', 'theirs'] as const).map((side) => (
                  <td key={side}>
                    <label className="desk-pick">
                      <input type="radio" name={`pick-${f.name}`} checked={(choice[f.name] ?? 'mine') === side} onChange={() => setChoice({ ...choice, [f.name]: side })} />
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
