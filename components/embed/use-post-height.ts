'use client';
import { useEffect } from 'react';
import { heightMessages, readPymChildId } from '@/geo/embed-messages';

/** The document's own height: its content, not the frame (scrollHeight never drops below the frame's height). */
const contentHeight = () => Math.ceil(document.documentElement.getBoundingClientRect().height);

/** How long a shorter content waits before the frame follows it: longer than a step of Play (1 s). */
const SHRINK_AFTER_MS = 2500;

/**
 * Tells the framing page the embed's height whenever it changes (see geo/embed-messages.ts for the formats). The
 * embed's height follows its width and content only, never the frame's height (app/globals.css: `.embed`), so the
 * host setting the frame to it changes nothing here: no loop. ResizeObserver reports at most once per rendered
 * frame, after layout. A taller content is posted at once; a shorter one only once it has stayed so for a while.
 */
export function usePostHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    // Read once: Pym's parameters leave the address when the view state rewrites it.
    const pymChildId = readPymChildId(new URLSearchParams(window.location.search).get('childId'));
    let posted = -1;
    let width = -1;
    let shrink: ReturnType<typeof setTimeout> | undefined;
    const root = document.documentElement;
    const send = (height: number) => {
      posted = height;
      for (const message of heightMessages(height, pymChildId)) window.parent.postMessage(message, '*');
    };
    const post = () => {
      // A new width (a phone turned) starts again from the content.
      if (root.clientWidth !== width) {
        width = root.clientWidth;
        posted = -1;
        root.style.minHeight = '';
      }
      const height = contentHeight();
      const held = root.style.minHeight !== '';
      if (height === 0 || (height === posted && !held)) return;
      clearTimeout(shrink);
      if (height > posted) {
        root.style.minHeight = '';
        send(height);
        return;
      }
      // Shorter (or, held, changed again under the height held): held while the reader steps through the dates or
      // plays them (each step would pull the article below up or push it down), and let go once the content has
      // stayed as it is for a while. Held for good, a reader back at October 2021 in a 300 px column had 388 px of
      // blank frame above the article's next paragraph.
      root.style.minHeight = `${posted}px`;
      shrink = setTimeout(() => {
        root.style.minHeight = '';
        send(contentHeight());
      }, SHRINK_AFTER_MS);
    };
    // Its first report comes with the first layout, so the height is posted without a call of its own. The body too:
    // under a held height the document's own box does not change as the content does.
    const observer = new ResizeObserver(post);
    observer.observe(document.documentElement);
    observer.observe(document.body);
    return () => {
      observer.disconnect();
      clearTimeout(shrink);
    };
  }, []);
}
