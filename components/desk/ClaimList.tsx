'use client';
import { useEffect, useState } from 'react';
import useSWR from 'swr';
import { describeFigure } from '@/geo/buildup';
import { CHANGE_LABELS } from '@/geo/change-words';
import { kindLabel } from '@/geo/citation';
import { claimDate } from '@/geo/claim-date';
import { keptClaims } from './use-autosave';
import { changedFieldNames } from './ChangedFields';
import { DeskError, deskFetcher } from './desk-api';

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

export interface DeskClaim { id: string; state: 'published' | 'retracted' | 'draft'; pendingDraft: boolean; latest: RevisionView; history: RevisionView[] }

const STATE_LABELS = { published: 'Published', retracted: 'Retracted', draft: 'Draft' } as const;
/** A revision's time as the store keeps it, in UTC (a newsroom's editors are not all in one zone). */
export const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** What a revision changed from the last one with a body, for the history: "; changed Number, Qualifier". */
function fieldsChanged(history: readonly RevisionView[], at: number): string {
  const body = history[at].body;
  const before = history.slice(0, at).reverse().find((r) => r.body)?.body;
  return body && before ? ` (${changedFieldNames(before, body)})` : '';
}

type FigureFields = Parameters<typeof describeFigure>[0] & { saidOn?: string; datedBy?: 'statement' | 'report' };

/** What the claim says, as readers see it ("about 90,000 troops"; a statement's kind), to find it by its figure. */
function figureCell(body: Record<string, unknown> | null) {
  const claim = body as FigureFields | null;
  if (!claim) return null;
  return (
    <>
      {claim.value === null || claim.value === undefined ? `No figure: a ${kindLabel(String((body as { kind?: string }).kind ?? 'status')).split(' (')[0]}` : describeFigure(claim)}
      {claim.saidOn ? <div className="desk-sub">{`${claim.datedBy === 'report' ? '' : 'said '}${claimDate({ saidOn: claim.saidOn, datedBy: claim.datedBy })}`}</div> : null}
    </>
  );
}

/** Every claim with its state and history; a row opens the claim in the form. */
export function ClaimList({ owner, onOpen, onSessionLost }: { owner: string; onOpen: (id: string, revision?: number) => void; onSessionLost: () => void }) {
  const { data, error, mutate } = useSWR<{ claims: DeskClaim[] }, DeskError>('/api/claims', deskFetcher);
  const [filter, setFilter] = useState('');
  const lost = error?.status === 401;
  useEffect(() => {
    if (lost) onSessionLost();
  }, [lost, onSessionLost]);

  if (error && !lost) return <p className="desk-problem" role="alert">{error.message} <button type="button" className="button" onClick={() => mutate()}>Retry</button></p>;
  if (!data) return <p>Loading the claims…</p>;
  const { claims } = data;
  // Work typed and not saved, kept in this browser (use-autosave): an editor back after closing a tab saw no sign of it
  // until they opened the claim. Read once the list is drawn in the browser (it only ever is: the data is fetched).
  const kept = new Set(keptClaims(owner));
  const shown = claims.filter((c) => !filter || c.id.includes(filter.toLowerCase()) || JSON.stringify(c.latest.body ?? '').toLowerCase().includes(filter.toLowerCase()));
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">Claims ({claims.length})</h2>
      {kept.has('new') ? <p className="desk-notice">A new claim you started is kept in this browser, not saved: &ldquo;New claim&rdquo; brings it back.</p> : null}
      <label className="desk-filter">Find <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="id, claimant, outlet…" /></label>
      <div className="desk-table-frame">
        <table className="desk-table desk-claims">
          <thead><tr><th scope="col">Claim</th><th scope="col">Figure</th><th scope="col">State</th><th scope="col">Last change</th><th scope="col">History</th></tr></thead>
          <tbody>
            {shown.map((claim) => (
              <tr key={claim.id} data-claim={claim.id}>
                <td>
                  <button type="button" className="link-button" onClick={() => onOpen(claim.id)}>{claim.id}</button>
                  <div className="desk-sub">{String((claim.latest.body as { claimant?: string } | null)?.claimant ?? '')}</div>
                </td>
                {/* What readers see (a draft on top is the state's to say); a retracted claim, what it said. */}
                <td data-label="Figure">{figureCell(claim.history.findLast((r) => r.state === 'published' && r.body)?.body ?? claim.history.findLast((r) => r.body)?.body ?? null)}</td>
                <td data-label="State">{STATE_LABELS[claim.state]}{claim.pendingDraft ? ', with a draft' : ''}{kept.has(claim.id) ? <strong className="desk-kept">, unsaved work in this browser</strong> : null}</td>
                <td data-label="Last change">{CHANGE_LABELS[claim.latest.change] ?? claim.latest.change}, {when(claim.latest.createdAt)}<div className="desk-sub">{claim.latest.author}</div></td>
                <td>
                  <details>
                    <summary>{claim.history.length} revision{claim.history.length === 1 ? '' : 's'}</summary>
                    <ol className="desk-history">
                      {claim.history.map((r, i) => (
                        <li key={r.id}>
                          r{r.revision} {CHANGE_LABELS[r.change] ?? r.change}{r.dataVersion ? ` (data version ${r.dataVersion})` : ''}, {when(r.createdAt)}, {r.author}: {r.note}{fieldsChanged(claim.history, i)}
                          {r.body && r.revision !== claim.latest.revision ? (
                            <> <button type="button" className="link-button" onClick={() => onOpen(claim.id, r.revision)} aria-label={`Start from revision ${r.revision} of ${claim.id}`}>Start from it</button></>
                          ) : null}
                        </li>
                      ))}
                    </ol>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
