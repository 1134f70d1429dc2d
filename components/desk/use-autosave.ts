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

/** Each form's write still waiting for its moment, by name: leaving the form or signing out makes it at once. */
const waiting = new Map<string, () => void>();

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
  // A write still waiting (typed in the last moment before a save) is not made after it: it would bring the saved
  // work back as unsaved, stale against its own save.
  waiting.delete(name);
  try {
    window.localStorage.removeItem(keyOf(name));
  } catch {
    // Storage refused (private mode): nothing was kept.
  }
}

/** Makes every waiting write now (before Sign out asks what is kept). */
export function flushKept() {
  for (const keep of [...waiting.values()]) keep();
}

/**
 * Keeps `value` under `name` a moment after each change of its content (while `dirty`). Keyed by the content, not the
 * object: a value made afresh on every render re-armed the timer on any render, and one after a save had forgotten
 * the work wrote it back, stale, for the form to offer as a conflict with its own save. A form closed within that
 * moment (Sign out, or Claims, 0.2 s after the last key) writes it as it goes: the last words typed were lost.
 */
export function useAutosave<T>(name: string, value: T, dirty: boolean) {
  const [keptAt, setKeptAt] = useState<number | null>(null);
  const text = JSON.stringify(value);
  // Declared before the effect below, so that when the form closes this cleanup runs first, while the write waits.
  useEffect(() => () => waiting.get(name)?.(), [name]);
  useEffect(() => {
    if (!dirty) return;
    const keep = () => {
      // Written once, and not at all once forgotten (saved) or replaced by a newer value.
      if (waiting.get(name) !== keep) return;
      waiting.delete(name);
      try {
        const savedAt = Date.now();
        window.localStorage.setItem(keyOf(name), JSON.stringify({ value: JSON.parse(text) as T, savedAt } satisfies Kept<T>));
        setKeptAt(savedAt);
      } catch {
        // Storage full or refused: the form itself still holds the text.
      }
    };
    waiting.set(name, keep);
    const timer = window.setTimeout(keep, 400);
    // A reload or a closed tab within that moment keeps it too, as the page goes (the last words typed were lost).
    window.addEventListener('pagehide', keep);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', keep);
      // A newer value, or a save (no longer dirty), replaces this write: it is not made.
      if (waiting.get(name) === keep) waiting.delete(name);
    };
  }, [name, text, dirty]);
  return keptAt;
}
