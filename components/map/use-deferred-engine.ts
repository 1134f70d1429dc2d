'use client';
import { type RefObject, useEffect, useState } from 'react';
import { ENGINE_EAGER_MIN_WIDTH } from './engine-policy';

const FIRST_TOUCH = ['pointerdown', 'touchstart', 'wheel', 'focusin', 'keydown'] as const;

/**
 * Phones wait for the viewer's first touch of the map before paying for the engine (the server-drawn map already
 * shows everything); wider windows, and `eager` views such as the presenter, load it right after the first paint.
 */
export function useDeferredEngine(area: RefObject<HTMLElement | null>, eager: boolean) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (eager || window.innerWidth >= ENGINE_EAGER_MIN_WIDTH) {
      setWanted(true);
      return;
    }
    const element = area.current;
    const want = () => setWanted(true);
    FIRST_TOUCH.forEach((type) => element?.addEventListener(type, want, { once: true, passive: true }));
    return () => FIRST_TOUCH.forEach((type) => element?.removeEventListener(type, want));
    // Decided once, at mount.
  }, []);
  return [wanted, () => setWanted(true)] as const;
}
