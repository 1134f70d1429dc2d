'use client';
import { type RefObject, useLayoutEffect } from 'react';
import { type CaptionPlace, scenePadding } from '@/geo/scene-camera';

/** Steps of `data-fit` (app/globals.css): 1 spans the stage's width, 2 and 3 also set the type smaller. */
const FIT_STEPS = 3;

/**
 * Keeps a caption over the map's foot inside the band the scene's framing keeps clear for it (scenePadding), so it
 * covers no figure: a long caption first takes the stage's whole width, then smaller type. Scene 12 (five sources)
 * at 1024×768 was 325 px tall for a 257 px band and covered callout 27. Beside the map, a caption has its own column.
 */
export function useCaptionFit(caption: RefObject<HTMLElement | null>, place: CaptionPlace, text: string) {
  useLayoutEffect(() => {
    const element = caption.current;
    if (!element) return;
    const fit = () => {
      element.removeAttribute('data-fit');
      if (place !== 'below') return;
      const bandTop = window.innerHeight - scenePadding(window.innerWidth, window.innerHeight, 'below').bottom;
      for (let step = 1; step <= FIT_STEPS && element.getBoundingClientRect().top < bandTop; step++) element.setAttribute('data-fit', String(step));
    };
    fit();
    let current = true;
    // The web font can arrive after the first layout and make the lines longer.
    void document.fonts?.ready.then(() => current && fit());
    window.addEventListener('resize', fit);
    return () => {
      current = false;
      window.removeEventListener('resize', fit);
    };
  }, [caption, place, text]);
}
