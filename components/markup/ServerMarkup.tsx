'use client';
import { forwardRef } from 'react';
import { takeMarkup } from './markup-slot';

interface Props {
  /** The slot the page filled on the server (markup-slot.ts). */
  slot: string;
  className: string;
  id?: string;
  /** Markup of a newer data version, fetched after the page loaded; replaces the server's. */
  fresh?: string | null;
  onClick?: (event: React.MouseEvent) => void;
  'aria-hidden'?: boolean;
  /** A scrollable frame names itself and takes focus, so a keyboard can scroll it. */
  role?: 'region';
  'aria-label'?: string;
  tabIndex?: number;
}

/**
 * Markup the server rendered (the map under the live one, the chart, the lists of claims), in the HTML once: the
 * server renders it from a slot the page filled, and the component's props carry only the slot's key, so the markup
 * is not repeated in the page's React payload. React leaves it alone when it hydrates: on the client the component
 * renders an empty string, which differs, and React does not patch inner HTML during hydration
 * (suppressHydrationWarning). Markup of a newer version (`fresh`) is set like any inner HTML.
 */
export const ServerMarkup = forwardRef<HTMLDivElement, Props>(function ServerMarkup({ slot, fresh, ...rest }, ref) {
  const markup = fresh ?? (typeof window === 'undefined' ? takeMarkup(slot) : '');
  return <div ref={ref} {...rest} dangerouslySetInnerHTML={{ __html: markup }} suppressHydrationWarning />;
});
