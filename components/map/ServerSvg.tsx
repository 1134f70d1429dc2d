'use client';
import { takeFirstPaint } from './first-paint-slot';

/**
 * SVG the server drew (the map under the live one, the chart), in the HTML once: the server renders it from a slot
 * the page filled (first-paint-slot.ts), and the component's props carry only the slot's key, so the SVG is not
 * repeated in the page's React payload. React leaves the markup alone when it hydrates: on the client the component
 * renders an empty string, which differs, and React does not patch inner HTML during hydration
 * (suppressHydrationWarning).
 */
export function ServerSvg({ slot, className }: { slot: string; className: string }) {
  const svg = typeof window === 'undefined' ? takeFirstPaint(slot) : '';
  return <div className={className} aria-hidden={className === 'map-underlay' ? true : undefined} dangerouslySetInnerHTML={{ __html: svg }} suppressHydrationWarning />;
}
