'use client';
import { useEffect } from 'react';
import { heightMessages, readPymChildId } from '@/geo/embed-messages';

/** The document's own height: its content, not the frame (scrollHeight never drops below the frame's height). */
const contentHeight = () => Math.ceil(document.documentElement.getBoundingClientRect().height);

/**
 * Tells the framing page the embed's height whenever it changes (see geo/embed-messages.ts for the formats). The
 * embed's height follows its width and content only, never the frame's height (app/globals.css: `.embed`), so the
 * host setting the frame to it changes nothing here: no loop. ResizeObserver reports at most once per rendered
 * frame, after layout; a height is posted only when it is more than the last one posted at this width.
 */
export function usePostHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    // Read once: Pym's parameters leave the address when the view state rewrites it.
    const pymChildId = readPymChildId(new URLSearchParams(window.location.search).get('childId'));
    let posted = -1;
    let width = -1;
    const root = document.documentElement;
    const post = () => {
      // At one width the frame only grows: a date with fewer figures under the map would otherwise shrink it and pull
      // the article below up at every step of the slider. A new width (a phone turned) starts again from the content.
      if (root.clientWidth !== width) {
        width = root.clientWidth;
        posted = -1;
        root.style.minHeight = '';
      }
      const height = contentHeight();
      if (height === 0 || height === posted) return;
      if (height < posted) {
        root.style.minHeight = `${posted}px`;
        return;
      }
      posted = height;
      for (const message of heightMessages(height, pymChildId)) window.parent.postMessage(message, '*');
    };
    // Its first report comes with the first layout, so the height is posted without a call of its own.
    const observer = new ResizeObserver(post);
    observer.observe(document.documentElement);
    return () => observer.disconnect();
  }, []);
}
