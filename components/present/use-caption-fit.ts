'use client';
import { type RefObject, useLayoutEffect } from 'react';
import type { CaptionPlace } from '@/geo/scene-camera';

/** Steps of `data-fit` (app/globals.css), each a smaller type. */
const FIT_STEPS = 5;

/**
 * Keeps a caption inside its band under the map (geo/scene-camera.ts, captionBand), whose height is the stage's, not
 * the text's: a long caption sets smaller type until it fits. Scene 12 (five sources) at 1024×768 needs it. Beside
 * the map, the caption has a column of its own (its parent), and the map's key joins it where the column holds both
 * without scrolling (`data-key`, app/globals.css): at 1440×900 the key of scene 12 ran 350 px below the stage. A
 * column that overflows without the key sets smaller type too: a stage zoomed to 200% (640×360) lost its sources
 * line below the stage's edge in 11 of the 12 scenes.
 */
export function useCaptionFit(caption: RefObject<HTMLElement | null>, place: CaptionPlace, text: string) {
  useLayoutEffect(() => {
    const element = caption.current;
    if (!element) return;
    const overflows = () => element.scrollHeight > element.clientHeight + 1;
    const column = element.parentElement;
    const fit = () => {
      element.removeAttribute('data-fit');
      let tooLong = overflows;
      if (place !== 'below') {
        if (!column) return;
        const columnOverflows = () => column.scrollHeight > column.clientHeight + 1;
        column.setAttribute('data-key', 'shown');
        if (columnOverflows()) column.setAttribute('data-key', 'hidden');
        tooLong = columnOverflows;
      }
      for (let step = 1; step <= FIT_STEPS && tooLong(); step++) element.setAttribute('data-fit', String(step));
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
