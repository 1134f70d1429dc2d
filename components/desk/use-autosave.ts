'use client';
import { useEffect, useState } from 'react';

/**
 * What an editor typed, kept in this browser until it is saved: a failed save, an expired session, a reload or a
 * closed tab loses nothing. Keyed by the editor and the claim (keptName).
 */
export interface Kept<T> { value: T; savedAt: number }

const keyOf = (name: string) => `buildup-desk:${name}`;

/** One editor's work on one claim (or "new"): an account signed in after another on this browser never gets it. */
export const keptName = (owner: string, claim: string | null) => `${owner}:${claim ?? 'new'}`;

export function readKept<T>(name: string): Kept<T> | null {
  try {
    const text = window.localStorage.getItem(keyOf(name));
    return text ? (JSON.parse(text) as Kept<T>) : null;
  } catch {
    return null;
  }
}

/** The claims (or "new") this editor has work kept for in this browser. */
export function keptClaims(owner: string): string[] {
  try {
    const prefix = keyOf(keptName(owner, ''));
    return Object.keys(window.localStorage).filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length) || 'new');
  } catch {
    return [];
  }
}

export function forget(name: string) {
  try {
    window.localStorage.removeItem(keyOf(name));
  } catch {
    // Storage refused (private mode): nothing was kept.
  }
}

/**
 * Keeps `value` under `name` a moment after each change of its content (while `dirty`). Keyed by the content, not the
 * object: a value made afresh on every render re-armed the timer on any render, and one after a save had forgotten
 * the work wrote it back, stale, for the form to offer as a conflict with its own save.
 */
export function useAutosave<T>(name: string, value: T, dirty: boolean) {
  const [keptAt, setKeptAt] = useState<number | null>(null);
  const text = JSON.stringify(value);
  useEffect(() => {
    if (!dirty) return;
    const keep = () => {
      try {
        const savedAt = Date.now();
        window.localStorage.setItem(keyOf(name), JSON.stringify({ value: JSON.parse(text) as T, savedAt } satisfies Kept<T>));
        setKeptAt(savedAt);
      } catch {
        // Storage full or refused: the form itself still holds the text.
      }
    };
    const timer = window.setTimeout(keep, 400);
    // A reload or a closed tab within that moment keeps it too, as the page goes (the last words typed were lost).
    window.addEventListener('pagehide', keep);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', keep);
    };
  }, [name, text, dirty]);
  return keptAt;
}
