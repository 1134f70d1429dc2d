'use client';
import { useEffect, useRef, useState } from 'react';

/**
 * `refresh`: ask the server (or the shared cache in front of it) even when the browser holds a copy it may still use.
 * A poll that took the browser's copy (`/api/buildup` may be kept two seconds, and served stale one more while it is
 * asked again) showed a publish a whole poll later: 4.4 s after it on an idle machine, over 5 s on a busy one.
 */
export async function fetchJsonText(url: string, refresh?: boolean): Promise<string> {
  // No headers of its own: a request whose headers differ from a `<link rel="preload">`'s does not take that preload
  // (MapPreloads asks for the payload in the head). A refresh comes after the page's first load, which took it.
  const response = await fetch(url, refresh ? { cache: 'no-cache' } : undefined);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/** Answers asked for before any component wanted them (prefetchJson), each taken by the first load of its address. */
const early = new Map<string, Promise<string>>();

/**
 * Asks for `url` now, while the page's scripts run, rather than when the first component that reads it has mounted:
 * that comes after hydration, 100-250 ms later here. The first `useJson` load of the address takes this answer.
 */
export function prefetchJson(url: string) {
  if (early.has(url)) return;
  const answer = fetchJsonText(url);
  // Its failure is the taker's to report (useJson keeps it as `error`), not an unhandled rejection.
  answer.catch(() => undefined);
  early.set(url, answer);
}

function takeEarly(url: string): Promise<string> | undefined {
  const answer = early.get(url);
  early.delete(url);
  return answer;
}

/** How soon an address asked once (no refreshMs) is asked again after its request failed. */
const RETRY_MS = 5000;

export interface JsonOptions {
  /** Ask again this often while the page is visible (ms); none: ask once per address. */
  refreshMs?: number;
  /** Ask again when the viewer comes back to the page. */
  refreshOnFocus?: boolean;
}

/**
 * Whether the page is in its window's view. A page in a frame (the embed in an article) scrolled out of the article's
 * view polls nothing: it asked every 3 s for as long as the article stayed open, about 1,200 requests an hour per reader.
 * A page of its own is in view whenever it is visible.
 */
let inView = true;
const backInView = new Set<() => void>();
let watching = false;
function watchInView() {
  if (watching || window.top === window || !('IntersectionObserver' in window)) return;
  watching = true;
  new IntersectionObserver(([entry]) => {
    const was = inView;
    inView = entry.isIntersecting;
    if (!was && inView) backInView.forEach((ask) => ask());
  }).observe(document.documentElement);
}

/**
 * A JSON resource a public page reads once or polls: the answer for `url` (null: ask nothing), kept while a newer
 * address is asked for and when a request fails (`error` says so). An answer equal to the last keeps its identity,
 * so what is drawn from it is not drawn again. The desk uses swr; the public pages use this, because swr's cache,
 * de-duplication and mutation, which they do not use, cost 5 KB gzip of their 150 KB budget of script.
 */
export function useJson<T>(url: string | null, { refreshMs, refreshOnFocus = false }: JsonOptions = {}): { data: T | undefined; error: Error | null } {
  const [state, setState] = useState<{ data: T | undefined; error: Error | null }>({ data: undefined, error: null });
  const lastText = useRef<string | null>(null);
  useEffect(() => {
    if (url === null) return;
    let stale = false;
    let retry = 0;
    // The first load (and its retries) may take the browser's copy, which is the head's preload; a poll may not.
    const load = async (refresh?: boolean) => {
      try {
        const text = await (takeEarly(url) ?? fetchJsonText(url, refresh));
        if (stale) return;
        if (text === lastText.current) return setState((s) => (s.error ? { ...s, error: null } : s));
        lastText.current = text;
        setState({ data: JSON.parse(text) as T, error: null });
      } catch (error) {
        if (stale) return;
        setState((s) => ({ ...s, error: error as Error }));
        // An address asked once is asked again until it answers: one lost answer left a pinned embed's source cards
        // loading for good.
        if (!refreshMs) retry = window.setTimeout(load, RETRY_MS);
      }
    };
    void load();
    if (refreshMs) watchInView();
    const timer = refreshMs ? window.setInterval(() => !document.hidden && inView && void load(true), refreshMs) : undefined;
    // Back in view (or back to the tab), at once: a published correction is not waited for another interval.
    const ask = () => void load(true);
    if (refreshMs) backInView.add(ask);
    const onVisible = () => document.visibilityState === 'visible' && void load(true);
    if (refreshOnFocus) document.addEventListener('visibilitychange', onVisible);
    return () => {
      stale = true;
      window.clearTimeout(retry);
      window.clearInterval(timer);
      backInView.delete(ask);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [url, refreshMs, refreshOnFocus]);
  return state;
}
