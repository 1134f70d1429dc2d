'use client';
import { type RefObject, useEffect, useState, useSyncExternalStore } from 'react';
import { ENGINE_EAGER_MIN_WIDTH } from './engine-policy';

/**
 * What counts as touching the map. Not focus or keys: a Tab onto the map's "Explore" button (or its numbers) started
 * the map, which took the button away and moved the focus by itself (WCAG 3.2.1); from the keyboard, Explore starts it.
 */
const FIRST_TOUCH = ['pointerdown', 'touchstart', 'wheel'] as const;

/** The window's width when the page loaded decides, once: a phone turned sideways later keeps waiting for a touch. */
let wideAtLoad: boolean | null = null;
const isWide = () => (wideAtLoad ??= window.innerWidth >= ENGINE_EAGER_MIN_WIDTH);
const unchanging = () => () => {};

/**
 * Phones wait for the viewer's first touch of the map before paying for the engine (the server-drawn map already
 * shows everything); wider windows, and `eager` views such as the presenter, load it right after the first paint.
 */
export function useDeferredEngine(area: RefObject<HTMLElement | null>, eager: boolean) {
  // False on the server and while hydrating, then the window's answer.
  const wide = useSyncExternalStore(unchanging, isWide, () => false);
  const [touched, setTouched] = useState(false);
  const wanted = eager || wide || touched;
  useEffect(() => {
    const element = area.current;
    if (wanted || !element) return;
    const want = (event: Event) => {
      // The legend stands in the map's box but is not the map: reading the key loads no engine. Nor does a tap on a
      // number of the server-drawn map, which opens its source card: a slow phone fetched the engine behind the card.
      if (event.target instanceof Element && event.target.closest('.legend, .map-underlay a[href]')) return;
      setTouched(true);
    };
    FIRST_TOUCH.forEach((type) => element.addEventListener(type, want, { passive: true }));
    return () => FIRST_TOUCH.forEach((type) => element.removeEventListener(type, want));
  }, [area, wanted]);
  return [wanted, () => setTouched(true)] as const;
}
