'use client';
import { useId, useRef, useState } from 'react';
import type { RevisionView } from './ClaimList';
import { call } from './desk-api';

type Answer = { revision: RevisionView; current?: RevisionView };

/** What a refused discard or restoration says: someone saved the claim meanwhile, or the server's own reason. */
function refusal(what: string, status: number, body: Answer & { error?: string }): string {
  if (status === 409 && body.current) return `Not ${what}: ${body.current.author} saved this claim meanwhile (revision ${body.current.revision}). The list shows it now: look at it again first.`;
  return `Not ${what}: ${(body.error ?? `the server answered ${status}`).replace(/\.$/, '')}.`;
}

/**
 * The question that discards a claim never published (POST /api/claims/{id}/discard), asked in the page under its row of
 * the list: the reason is kept in the claim's history, and Discard is a second click. Based on the revision the list
 * shows (If-Match): a draft someone saved since is not discarded unseen.
 */
export function DiscardDraft({ id, latest, onDone, onCancel, onStale, onSessionLost }: {
  id: string;
  latest: RevisionView;
  onDone: (message: string) => void;
  /** Answered no (or Esc): the list takes the question away and gives the focus back to the button that asked it. */
  onCancel: () => void;
  /** Someone saved the claim meanwhile, or it changed state: read the list again. */
  onStale: () => void;
  onSessionLost: () => void;
}) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const noteRef = useRef<HTMLInputElement>(null);
  const noteId = useId();
  const problemId = useId();

  async function discard() {
    // Not a disabled button (which says nothing): a click without the reason says what is missing, where the focus goes.
    if (!note.trim()) {
      setProblem('Not discarded: write why first; it is kept in the claim’s history.');
      noteRef.current?.focus();
      return;
    }
    setBusy(true);
    const { status, body } = await call<Answer>(`/api/claims/${encodeURIComponent(id)}/discard`, {
      method: 'POST', body: { note }, headers: { 'If-Match': `"${latest.revision}"` },
    });
    setBusy(false);
    if (status === 200) return onDone(`Discarded the draft ${id} (revision ${body.revision.revision}): it is hidden from the list, and its revisions are kept. “Show discarded drafts” lists it, to restore it.`);
    if (status === 401) return onSessionLost();
    setProblem(refusal('discarded', status, body));
    if (status === 409) onStale();
  }

  return (
    <div className="desk-confirm" role="group" aria-label={`Discard the draft ${id}?`} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <p>Discard {id}? Readers have never seen it. It leaves this list; its revisions are kept, and &ldquo;Show discarded drafts&rdquo; can restore it.</p>
      <label htmlFor={noteId}>Why (kept in the claim&rsquo;s history; readers never see it)</label>{' '}
      {/* The focus follows the question: the button that asked it is a row above. */}
      <input ref={noteRef} id={noteId} type="text" value={note} autoFocus onChange={(e) => { setNote(e.target.value); setProblem(''); }}
        aria-invalid={problem && !note.trim() ? true : undefined} aria-describedby={problem ? problemId : undefined} />{' '}
      <button type="button" className="button primary" disabled={busy} onClick={discard}>Discard</button>{' '}
      <button type="button" className="button" onClick={onCancel}>Cancel</button>
      {problem ? <p id={problemId} className="desk-problem" role="alert">{problem}</p> : null}
    </div>
  );
}

/**
 * Restoring a discarded claim to the list as the draft it was (DELETE /api/claims/{id}/discard), based on the discard
 * (If-Match). One click: nothing is published or lost, and discarding again is as easy.
 */
export function RestoreDiscarded({ id, discard, onDone, onStale, onSessionLost }: {
  id: string;
  /** The revision that discarded the claim (its latest). */
  discard: RevisionView;
  onDone: (message: string, revision: RevisionView) => void;
  onStale: () => void;
  onSessionLost: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  async function restore() {
    setBusy(true);
    const { status, body } = await call<Answer>(`/api/claims/${encodeURIComponent(id)}/discard`, {
      method: 'DELETE', body: {}, headers: { 'If-Match': `"${discard.revision}"` },
    });
    setBusy(false);
    if (status === 200) return onDone(`Restored the draft ${id} (revision ${body.revision.revision}): it is back in the list, never published.`, body.revision);
    if (status === 401) return onSessionLost();
    setProblem(refusal('restored', status, body));
    if (status === 409) onStale();
  }

  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={restore} aria-label={`Restore ${id}`}>Restore</button>
      {problem ? <p className="desk-problem" role="alert">{problem}</p> : null}
    </>
  );
}
