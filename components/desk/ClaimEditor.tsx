'use client';
import useSWR from 'swr';
import { formFromClaim } from '@/geo/claim-form';
import { ClaimForm } from './ClaimForm';
import type { DeskClaim } from './ClaimList';
import { type DeskError, deskFetcher } from './desk-api';

/** A new claim, or an existing one loaded with the revision the edit starts from. */
export function ClaimEditor({ id, onSaved, onSessionLost, sessionLost }: { id: string | null; onSaved: (message: string, id: string) => void; onSessionLost: () => void; sessionLost: boolean }) {
  const { data, error, mutate } = useSWR<DeskClaim, DeskError>(id ? `/api/claims/${encodeURIComponent(id)}` : null, deskFetcher, { revalidateOnFocus: false });
  // A save moves the claim to a new revision: the form starts again from it (its key changes), so the next save is
  // based on it, not refused as stale against the editor's own.
  const saved = (message: string, savedId: string) => {
    void mutate();
    onSaved(message, savedId);
  };
  if (id === null) return <ClaimForm id={null} initial={formFromClaim({ kind: 'reported', unit: 'troops', 'where': { geometry: 'border-zone' } })} base={null} published={false} history={[]} onSaved={saved} onSessionLost={onSessionLost} sessionLost={sessionLost} />;
  if (error?.status === 401) return <p role="status">Your session has ended: sign in again.</p>;
  if (error) return <p className="desk-problem" role="alert">{error.message}</p>;
  if (!data) return <p>Loading {id}…</p>;
  // The newest revision with a body: a retracted claim is edited from what it last said.
  const body = data.latest.body ?? [...data.history].reverse().find((r) => r.body)?.body ?? {};
  return <ClaimForm key={`${id}@${data.latest.revision}`} id={id} initial={formFromClaim(body)} base={data.latest.revision} published={data.state === 'published'} history={data.history} onSaved={saved} onSessionLost={onSessionLost} sessionLost={sessionLost} />;
}
