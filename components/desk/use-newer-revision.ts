'use client';
import useSWR from 'swr';
import type { DeskClaim, RevisionView } from './ClaimList';
import { deskFetcher } from './desk-api';

/** How often an open form asks whether the claim was saved meanwhile. */
const WATCH_MS = 5000;

/**
 * The claim's latest revision when it is newer than the one the form started from: a colleague saved it while this
 * editor typed (they learnt it only on saving, as a 409 with both versions). Asked under its own key (`?watch`): the
 * claim's page opens the form again on a new revision, which must not happen under the editor's typing.
 */
export function useNewerRevision(id: string | null, base: number | null): RevisionView | null {
  const { data } = useSWR<DeskClaim>(id ? `/api/claims/${encodeURIComponent(id)}?watch` : null, deskFetcher, { refreshInterval: WATCH_MS });
  return data && base !== null && data.latest.revision > base ? data.latest : null;
}
