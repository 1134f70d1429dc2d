'use client';
import { Fragment, useEffect, useRef, useState } from 'react';
import useSWR, { useSWRConfig } from 'swr';
import { describeFigure } from '@/geo/buildup';
import { CHANGE_LABELS } from '@/geo/change-words';
import { kindLabel } from '@/geo/citation';
import { claimDate } from '@/geo/claim-date';
import { FIGURE_KINDS } from '@/geo/claim-words';
import { keptClaims } from './use-autosave';
import { revisionChanges } from './revision-changes';
import { DeskError, deskFetcher } from './desk-api';
import { DiscardDraft, RestoreDiscarded } from './DiscardDraft';

export interface RevisionView {
  id: number;
  key: string;
  revision: number;
  state: 'draft' | 'published' | 'retracted';
  change: string;
  note: string;
  body: Record<string, unknown> | null;
  author: string;
  createdAt: string;
  dataVersion: number | null;
}

export interface DeskClaim { id: string; state: 'published' | 'retracted' | 'draft'; pendingDraft: boolean; discarded: boolean; latest: RevisionView; history: RevisionView[] }

const STATE_LABELS = { published: 'Published', retracted: 'Retracted', draft: 'Draft' } as const;
/** A revision's time as the store keeps it, in UTC (a newsroom's editors are not all in one zone). */
export const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;


/** A claim without a number: a draft's figure not typed yet ("No figure: a reported" read as a broken sentence), or a statement. */
function noFigure(kind: unknown): string {
  if (typeof kind !== 'string' || !kind) return 'No figure yet';
  if ((FIGURE_KINDS as readonly string[]).includes(kind)) return `No number yet (${kind === 'estimate' ? 'an' : 'a'} ${kind} figure)`;
  return `No figure: ${kindLabel(kind).split(' (')[0]}`;
}

/** Who says it: the latest words that have a body (a retraction or a discard has none), so the row keeps its claimant. */
const claimantOf = (claim: DeskClaim) => {
  const said = (body: unknown) => (body as { claimant?: unknown } | null)?.claimant;
  const named = [claim.latest, ...[...claim.history].reverse()].map((r) => said(r.body)).find((c) => typeof c === 'string' && c.trim());
  return typeof named === 'string' ? named : '';
};

/** What "Find" looks in: the id, the words of the latest revision, and the state as the list says it ("retracted"). */
const findText = (claim: DeskClaim) => `${claim.id} ${JSON.stringify(claim.latest.body ?? '')} ${claim.discarded ? 'discarded draft' : STATE_LABELS[claim.state]}${claim.pendingDraft ? ' with a draft' : ''}`.toLowerCase();

type FigureFields = Parameters<typeof describeFigure>[0] & { saidOn?: string; datedBy?: 'statement' | 'report' };

/** What the claim says, as readers see it ("about 90,000 troops"; a statement's kind), to find it by its figure. */
function figureCell(body: Record<string, unknown> | null) {
  const claim = body as FigureFields | null;
  if (!claim) return null;
  return (
    <>
      {claim.value === null || claim.value === undefined ? noFigure((body as { kind?: unknown }).kind) : describeFigure(claim)}
      {claim.saidOn ? <div className="desk-sub">{`${claim.datedBy === 'report' ? '' : 'said '}${claimDate({ saidOn: claim.saidOn, datedBy: claim.datedBy })}`}</div> : null}
    </>
  );
}

/**
 * Every claim with its state and history; a row opens the claim in the form. A claim never published can be discarded
 * from it (a draft started by mistake), and is then hidden until "Show discarded drafts", where it can be restored.
 */
export function ClaimList({ owner, onOpen, onSessionLost }: { owner: string; onOpen: (id: string, revision?: number) => void; onSessionLost: () => void }) {
  const { data, error, mutate } = useSWR<{ claims: DeskClaim[] }, DeskError>('/api/claims', deskFetcher);
  const [filter, setFilter] = useState('');
  const [showDiscarded, setShowDiscarded] = useState(false);
  /** The claim whose Discard… asks its question, under its row. */
  const [asking, setAsking] = useState<string | null>(null);
  /** What a discard or a restoration did: said at the top of the list, where the focus goes (the row it was on may go). */
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const lost = error?.status === 401;
  useEffect(() => {
    if (lost) onSessionLost();
  }, [lost, onSessionLost]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const { mutate: mutateKey } = useSWRConfig();
  const done = (id: string, message: string) => {
    setAsking(null);
    setNotice(message);
    void mutate();
    // The claim's own page read before (its address, a moment ago) is dropped, not shown again as it was: opened within
    // SWR's two seconds of deduplication, a restored claim still said it was discarded.
    void mutateKey(`/api/claims/${encodeURIComponent(id)}`, undefined);
  };
  /** The question answered no (or Esc): the focus goes back to the button that asked it, not to the page's body. */
  const stopAsking = (id: string) => {
    setAsking(null);
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-discard-for="${CSS.escape(id)}"]`)?.focus());
  };

  if (error && !lost) return <p className="desk-problem" role="alert">{error.message} <button type="button" className="button" onClick={() => mutate()}>Retry</button></p>;
  if (!data) return <p>Loading the claims…</p>;
  const { claims } = data;
  // Work typed and not saved, kept in this browser (use-autosave): an editor back after closing a tab saw no sign of it
  // until they opened the claim. Read once the list is drawn in the browser (it only ever is: the data is fetched).
  const kept = new Set(keptClaims(owner));
  const discarded = claims.filter((c) => c.discarded).length;
  const shown = claims.filter((c) => showDiscarded || !c.discarded).filter((c) => !filter || findText(c).includes(filter.toLowerCase()));
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">Claims ({claims.length - discarded})</h2>
      {notice ? <p ref={noticeRef} tabIndex={-1} className="desk-notice" role="status">{notice}</p> : null}
      {kept.has('new') ? <p className="desk-notice">A new claim you started is kept in this browser, not saved: &ldquo;New claim&rdquo; brings it back.</p> : null}
      <label className="desk-filter">Find <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="id, claimant, outlet…" /></label>
      {discarded ? (
        <label className="desk-show-discarded">
          <input type="checkbox" checked={showDiscarded} onChange={(e) => setShowDiscarded(e.target.checked)} /> Show discarded drafts ({discarded})
        </label>
      ) : null}
      <div className="desk-table-frame">
        <table className="desk-table desk-claims">
          <thead><tr><th scope="col">Claim</th><th scope="col">Figure</th><th scope="col">State</th><th scope="col">Last change</th><th scope="col">History</th></tr></thead>
          <tbody>
            {shown.map((claim) => (
              <Fragment key={claim.id}>
              <tr data-claim={claim.id} data-discarded={claim.discarded || undefined}>
                <td>
                  {/* A link to the claim's own address (#claim/<id>): it opens in a new tab and copies as one, to send a colleague. */}
                  <a className="link-button" href={`#claim/${encodeURIComponent(claim.id)}`} onClick={(event) => {
                    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                    event.preventDefault();
                    onOpen(claim.id);
                  }}>{claim.id}</a>
                  <div className="desk-sub">{claimantOf(claim)}</div>
                </td>
                {/* What readers see (a draft on top is the state's to say); a retracted claim, what it said. */}
                <td data-label="Figure">{figureCell(claim.history.findLast((r) => r.state === 'published' && r.body)?.body ?? claim.history.findLast((r) => r.body)?.body ?? null)}</td>
                <td data-label="State">
                  {claim.discarded ? 'Discarded draft' : STATE_LABELS[claim.state]}{claim.pendingDraft ? ', with a draft' : ''}{kept.has(claim.id) ? <strong className="desk-kept">, unsaved work in this browser</strong> : null}
                  {/* Only a claim readers have never seen: one they have is retracted, which the change log says. */}
                  {claim.state === 'draft' && !claim.discarded && asking !== claim.id ? (
                    <div><button type="button" className="link-button" data-discard-for={claim.id} onClick={() => setAsking(claim.id)} aria-label={`Discard ${claim.id}…`}>Discard…</button></div>
                  ) : null}
                  {claim.discarded ? (
                    <div><RestoreDiscarded id={claim.id} discard={claim.latest} onDone={(message) => done(claim.id, message)} onStale={() => void mutate()} onSessionLost={onSessionLost} /></div>
                  ) : null}
                </td>
                <td data-label="Last change">{CHANGE_LABELS[claim.latest.change] ?? claim.latest.change}, {when(claim.latest.createdAt)}<div className="desk-sub">{claim.latest.author}</div></td>
                <td>
                  <details>
                    <summary>{claim.history.length} revision{claim.history.length === 1 ? '' : 's'}</summary>
                    <ol className="desk-history">
                      {claim.history.map((r, i) => (
                        <li key={r.id}>
                          r{r.revision} {CHANGE_LABELS[r.change] ?? r.change}{r.dataVersion ? ` (data version ${r.dataVersion})` : ''}, {when(r.createdAt)}, {r.author}: {r.note}{revisionChanges(claim.history, i)}
                          {r.body && r.revision !== claim.latest.revision ? (
                            <> <button type="button" className="link-button" onClick={() => onOpen(claim.id, r.revision)} aria-label={`Start from revision ${r.revision} of ${claim.id}`}>Start from it</button></>
                          ) : null}
                        </li>
                      ))}
                    </ol>
                  </details>
                </td>
              </tr>
              {asking === claim.id && claim.state === 'draft' && !claim.discarded ? (
                <tr className="desk-confirm-row">
                  <td colSpan={5}>
                    <DiscardDraft id={claim.id} latest={claim.latest} onDone={(message) => done(claim.id, message)} onCancel={() => stopAsking(claim.id)} onStale={() => void mutate()} onSessionLost={onSessionLost} />
                  </td>
                </tr>
              ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
