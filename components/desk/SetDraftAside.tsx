'use client';
import { useId, useState } from 'react';
import type { RevisionView } from './ClaimList';
import { call } from './desk-api';

/**
 * Setting aside a draft that waits on top of what readers see (DELETE /api/claims/{id}/draft): the claim then opens on
 * what readers see, and the draft stays in its history ("Start from it" brings it back). The reason is required, as
 * for every revision.
 */
export function SetDraftAside({ id, draft, onSetAside, onStale, onSessionLost }: {
  id: string;
  draft: RevisionView;
  onSetAside: (message: string, revision: RevisionView) => void;
  /** Someone saved the claim meanwhile: read it again. */
  onStale: () => void;
  onSessionLost: () => void;
}) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const noteId = useId();
  const problemId = useId();

  async function setAside() {
    setBusy(true);
    const { status, body } = await call<{ revision: RevisionView; current?: RevisionView }>(`/api/claims/${encodeURIComponent(id)}/draft`, {
      method: 'DELETE', body: { note }, headers: { 'If-Match': `"${draft.revision}"` },
    });
    setBusy(false);
    if (status === 200) return onSetAside(`Set aside the draft of ${id} (revision ${draft.revision}): readers see what they saw; the draft stays in the history.`, body.revision);
    if (status === 401) return onSessionLost();
    if (status === 409 && body.current) {
      setProblem(`Not set aside: ${body.current.author} saved this claim meanwhile (revision ${body.current.revision}). Look at it again first.`);
      return onStale();
    }
    setProblem(`Not set aside: ${(body.error ?? `the server answered ${status}`).replace(/\.$/, '')}.`);
  }

  return (
    <fieldset className="desk-retract">
      <legend>Set the draft aside</legend>
      <label htmlFor={noteId}>Why (kept in the claim&rsquo;s history; readers never see it)</label>
      <textarea id={noteId} rows={2} value={note} onChange={(e) => setNote(e.target.value)} aria-describedby={problem ? problemId : undefined} />
      <button type="button" className="button" disabled={busy || !note.trim()} onClick={setAside}>Set the draft aside</button>
      {problem ? <p id={problemId} className="desk-problem" role="alert">{problem}</p> : null}
    </fieldset>
  );
}
