'use client';
import { useEffect } from 'react';

/**
 * Writes the page's address again without what it ignored (`query`, as the server worked it out in
 * geo/address-notice.ts), the path and the view in the hash kept: "Copy link" and "Copy embed code" copied
 * `?date=2022-13-45`, and every reader of the article would have seen the note in its embed.
 */
export function AddressRewrite({ query }: { query: string }) {
  useEffect(() => {
    history.replaceState(history.state, '', location.pathname + query + location.hash);
  }, [query]);
  return null;
}
