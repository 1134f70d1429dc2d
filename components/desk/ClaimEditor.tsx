'use client';
import { useState } from 'react';
import useSWR from 'swr';
import { CHANGE_LABELS, isWaitingDraft } from '@/geo/change-words';
import { formFromClaim } from '@/geo/claim-form';
import { ChangedFields } from './ChangedFields';
import { ClaimForm } from './ClaimForm';
import { type DeskClaim, type RevisionView, when } from './ClaimList';
import { type DeskError, deskFetcher } from './desk-api';
import { RestoreDiscarded } from './DiscardDraft';
import { SetDraftAside } from './SetDraftAside';
import { keptName, readKept } from './use-autosave';

const quoted = (note: string) => (note ? `: “${note.length > 160 ? `${note.slice(0, 159)}…` : note}”` : '');
/** A sentence with its full stop, unless a note quoted at its end has one: "…22 December 2021.”." read as a slip. */
const sentence = (text: string) => (/[.!?…][”’"]?$/.test(text) ? text : `${text}.`);

/** The revision readers see (published or retracted), if any. */
const shownRevision = (claim: DeskClaim) => [...claim.history].reverse().find((r) => r.dataVersion !== null) ?? null;

/** The last published revision with its fields: what readers saw before a retraction. */
const lastPublished = (claim: DeskClaim) => [...claim.history].reverse().find((r) => r.state === 'published' && r.dataVersion !== null && r.body) ?? null;
const lastShownBody = (claim: DeskClaim) => lastPublished(claim)?.body ?? undefined;

/** What the claim is for readers now, said above the form: a draft is never opened as if it were what they see. */
function Standing({ claim, from }: { claim: DeskClaim; from: 'draft' | 'shown' }) {
  const shown = shownRevision(claim);
  const { latest } = claim;
  const draft = isWaitingDraft(latest) ? `Revision ${latest.revision} is a draft by ${latest.author} (${when(latest.createdAt)})${quoted(latest.note)}` : null;
  if (claim.state === 'retracted' && shown) {
    // A draft saved after what readers last saw is not in the form: it is named, and opened from the history if wanted.
    const seen = lastPublished(claim);
    const later = seen && !latest.body ? claim.history.filter((r) => r.state === 'draft' && r.body && r.revision > seen.revision).at(-1) : undefined;
    const holds = latest.body ? 'the draft saved since' : `what readers last saw${seen ? ` (revision ${seen.revision})` : ''}`;
    return (
      <p className="desk-standing" role="status">
        Retracted: readers no longer see this claim (revision {shown.revision}, {shown.author}, {when(shown.createdAt)}{quoted(shown.note)}).{' '}
        {sentence(`The form holds ${holds}${draft ? `; ${draft}` : ''}${later ? `; revision ${later.revision}, a draft by ${later.author} (${when(later.createdAt)})${quoted(later.note)}, is not in it: start from it in the history to publish it` : ''}`)} Publishing brings the claim back.
      </p>
    );
  }
  // Brought back from the discarded drafts: the latest revision holds the draft, and its note says why it came back.
  const back = latest.change === 'undiscard' ? `Revision ${latest.revision} restored it from the discarded drafts (${latest.author}, ${when(latest.createdAt)})${quoted(latest.note)}` : null;
  if (claim.state === 'draft') return <p className="desk-standing" role="status">Never published: readers do not see this claim.{draft || back ? ` ${sentence((draft ?? back)!)}` : ''}</p>;
  if (!draft || !shown) return null;
  return (
    <p className="desk-standing" role="status">
      {from === 'draft'
        ? `Editing the draft (revision ${latest.revision}, ${latest.author}): readers still see revision ${shown.revision} until it is published.`
        : `Editing what readers see (revision ${shown.revision}). Saving replaces the draft of revision ${latest.revision}, which stays in the history.`}
    </p>
  );
}

/**
 * A claim whose latest revision is an unpublished draft on top of what readers see: the editor chooses which to edit.
 * Opening the draft silently once let a second editor publish the first one's unreviewed change with their own.
 */
function DraftChoice({ claim, onChoose, children }: { claim: DeskClaim; onChoose: (from: 'draft' | 'shown') => void; children: React.ReactNode }) {
  const { latest } = claim;
  const shown = shownRevision(claim)!;
  return (
    <section className="desk-choice" aria-labelledby="choice-heading">
      <h2 id="choice-heading">Claim {claim.id} has a draft that is not published</h2>
      <p>{sentence(`Revision ${latest.revision} is a draft by ${latest.author} (${when(latest.createdAt)})${quoted(latest.note)}`)} Readers see revision {shown.revision}, published by {shown.author} ({when(shown.createdAt)}).</p>
      <ChangedFields before={shown.body} after={latest.body} heading="What publishing the draft would change for readers:" none="The draft changes no field: it says what readers see." />
      <div className="desk-actions">
        <button type="button" className="button primary" onClick={() => onChoose('draft')}>Edit the draft</button>
        <button type="button" className="button" onClick={() => onChoose('shown')}>Edit what readers see</button>
      </div>
      <p className="desk-ok">Saving from what readers see replaces the draft; the draft stays in the claim&rsquo;s history.</p>
      {children}
    </section>
  );
}

/** A new claim, or an existing one loaded with the revision the edit starts from. */
export function ClaimEditor({ id, revision = null, owner, onSaved, onSaveStart, onSessionLost, sessionLost }: {
  id: string | null;
  /** Start from this (older) revision's fields: to restore what it said. */
  revision?: number | null;
  /** The signed-in editor: work kept in the browser is theirs alone. */
  owner: string;
  onSaved: (message: string, id: string) => void;
  onSaveStart?: () => void;
  onSessionLost: () => void;
  sessionLost: boolean;
}) {
  const { data, error, mutate } = useSWR<DeskClaim, DeskError>(id ? `/api/claims/${encodeURIComponent(id)}` : null, deskFetcher, { revalidateOnFocus: false });
  /** Which side of a pending draft the editor chose, for the revision it was chosen at. */
  const [choice, setChoice] = useState<{ revision: number; from: 'draft' | 'shown' } | null>(null);
  /** Work this editor kept in the browser for the claim: its revision, and which side of a draft it was typed on. */
  const [kept] = useState(() => (id === null ? null : readKept<{ base: number | null; from?: 'draft' | 'shown' }>(keptName(owner, id))?.value ?? null));
  // A save moves the claim to a new revision: the form starts again from it (its key changes), so the next save is
  // based on it, not refused as stale against the editor's own. A draft the editor saved is theirs to go on with.
  const saved = (message: string, savedId: string, revision: RevisionView) => {
    setChoice(isWaitingDraft(revision) ? { revision: revision.revision, from: 'draft' } : null);
    void mutate();
    onSaved(message, savedId);
  };
  const common = { owner, onSaved: saved, onSaveStart, onSessionLost, sessionLost };
  if (id === null) return <ClaimForm id={null} initial={formFromClaim({ kind: 'reported', unit: 'troops', 'where': { geometry: 'border-zone' } })} base={null} published={false} retracted={null} history={[]} {...common} />;
  if (error?.status === 401) return <p role="status">Your session has ended: sign in again.</p>;
  if (error) return <p className="desk-problem" role="alert">{error.message}</p>;
  if (!data) return <p>Loading {id}…</p>;
  const shown = shownRevision(data);
  // Nothing is saved on a discarded claim (the server refuses it): it is restored first, here or from the list.
  if (data.discarded) {
    return (
      <section className="desk-choice" aria-labelledby="discarded-heading">
        <h2 id="discarded-heading">Claim {id} is a discarded draft</h2>
        <p className="desk-standing" role="status">
          Never published, and discarded from the desk&rsquo;s list (revision {data.latest.revision}, {data.latest.author}, {when(data.latest.createdAt)}{quoted(data.latest.note)}).
          Its revisions are kept. Restore it to edit or publish it.
        </p>
        <RestoreDiscarded id={id} discard={data.latest} onDone={(message, revision) => saved(message, id, revision)} onStale={() => void mutate()} onSessionLost={onSessionLost} />
      </section>
    );
  }
  const older = revision !== null ? data.history.find((r) => r.revision === revision && r.body && r.revision !== data.latest.revision) ?? null : null;
  if (older) {
    return (
      <>
        <p className="desk-standing" role="status">
          Starting from revision {older.revision} ({CHANGE_LABELS[older.change] ?? older.change}, {older.author}, {when(older.createdAt)}{quoted(older.note)}): the form holds what
          it said then. Saving makes it the claim&rsquo;s next revision (revision {data.latest.revision} is the latest); publishing it is a correction or an update.
        </p>
        <ClaimForm key={`${id}@${data.latest.revision}:r${older.revision}`} id={id} initial={formFromClaim(older.body)} base={data.latest.revision} published={data.state === 'published'}
          retracted={data.state === 'retracted' ? shown : null} history={data.history} restore={false} {...common} />
      </>
    );
  }
  // An address naming a revision the claim does not have (#claim/scale/999) opened the latest without a word.
  const noSuchRevision = revision !== null && revision !== data.latest.revision ? (
    <p className="desk-notice" role="status">
      Claim {id} has no revision {revision} to start from (its revisions are 1 to {data.latest.revision}): this is the claim as it stands.
    </p>
  ) : null;
  // A choice stands for the revision it was made at and the editor's own saves after it (until the list catches up);
  // work kept on the latest revision comes back on the side it was typed on. Anything newer asks again.
  const keptFrom = kept && kept.base === data.latest.revision ? kept.from ?? 'draft' : null;
  const chosen = choice && choice.revision >= data.latest.revision ? choice.from : keptFrom;
  if (data.pendingDraft && data.state === 'published' && chosen === null) {
    return (
      <>
        {noSuchRevision}
        <DraftChoice claim={data} onChoose={(from) => setChoice({ revision: data.latest.revision, from })}>
          <SetDraftAside id={id} draft={data.latest} onSetAside={(message, set) => saved(message, id, set)} onStale={() => void mutate()} onSessionLost={onSessionLost} />
        </DraftChoice>
      </>
    );
  }
  const from = chosen ?? 'draft';
  // The newest revision with a body; a retracted claim's, what readers last saw: from the newest body, a draft saved
  // before the retraction filled the form, and "Publish again" put that unreviewed draft in front of every reader.
  const lastBody = data.latest.body ?? (data.state === 'retracted' ? lastShownBody(data) : undefined) ?? [...data.history].reverse().find((r) => r.body)?.body ?? {};
  const body = from === 'shown' && shown?.body ? shown.body : lastBody;
  return (
    <>
      {noSuchRevision}
      <Standing claim={data} from={from} />
      <ClaimForm key={`${id}@${data.latest.revision}:${from}`} id={id} initial={formFromClaim(body)} base={data.latest.revision} published={data.state === 'published'}
        retracted={data.state === 'retracted' ? shown : null} history={data.history} from={from}
        initialNote={from === 'draft' && isWaitingDraft(data.latest) ? data.latest.note : ''} {...common} />
    </>
  );
}
