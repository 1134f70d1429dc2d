'use client';
import { type RefObject, useLayoutEffect } from 'react';
import type { CaptionPlace } from '@/geo/scene-camera';

/** Steps of `data-fit` (app/globals.css), each a smaller type. */
const FIT_STEPS = 3;

/**
 * Keeps a caption inside its band under the map (geo/scene-camera.ts, captionBand), whose height is the stage's, not
 * the text's: a long caption sets smaller type until it fits. Scene 12 (five sources) at 1024×768 needs it. Beside
 * the map, a caption has a column of its own, which scrolls.
 */
export function useCaptionFit(caption: RefObject<HTMLElement | null>, place: CaptionPlace, text: string) {
  useLayoutEffect(() => {
    const element = caption.current;
    if (!element) return;
    const overflows = () => element.scrollHeight > element.clientHeight + 1;
    const fit = () => {
      element.removeAttribute('data-fit');
      if (place !== 'below') return;
      for (let step = 1; step <= FIT_STEPS && overflows(); step++) element.setAttribute('data-fit', String(step));
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
