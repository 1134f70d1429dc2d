'use client';
import { startTransition, useEffect, useState } from 'react';

/** Whether the page has hydrated: a control mounted after that starts alive, with no render as a dead one first. */
let pageHydrated = false;

/**
 * False in the server's HTML and until the page's script has taken it over, true from then. Controls that do
 * nothing without script (Play, Export image, Copy link, …) are shown only once they work: on a phone the scripts
 * come after the first paint, and a tap on a button that is not yet alive would be lost.
 * The change is a transition, so React renders it in slices between the browser's other work. It was a
 * `useSyncExternalStore` whose client value differs from the server's, which React re-renders at once after
 * hydration, in one piece: a 55 ms task in a 4× slowed phone, most of Lighthouse's blocking time after hydration.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(pageHydrated);
  useEffect(() => {
    pageHydrated = true;
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
