'use client';
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False in the server's HTML and until the page's script has taken it over, true from then. Controls that do
 * nothing without script (Play, Export image, Copy link, …) are shown only once they work: on a phone the scripts
 * come after the first paint, and a tap on a button that is not yet alive would be lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
