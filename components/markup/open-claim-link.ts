import type { MouseEvent } from 'react';

/**
 * A click on a claim's link in server-drawn markup (a chart mark, a callout on the server-drawn map) opens the
 * claim's source card on the page; without script the link leads to the page with that card open, and with a
 * modifier key it stays a link (a new tab, a new window, a download). `underneath`: also a link of that markup under the click.
 * Returns whether the click was on such a link.
 */
export function openClaimLink(event: MouseEvent, onOpenClaim: (id: string, opener: HTMLElement) => void, underneath?: string): boolean {
  const link = (event.target as Element).closest<SVGAElement>('a[data-claim]') ?? (underneath ? linkUnderneath(event, underneath) : null);
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return Boolean(link);
  event.preventDefault();
  // An SVG link takes focus back like an HTML element does when the card closes.
  onOpenClaim(link.dataset.claim!, link as unknown as HTMLElement);
  return true;
}

/**
 * The link of the markup `within` (a selector) at the click, under whatever took it: a live map still transparent
 * over the server-drawn one takes the clicks meant for the callouts the viewer sees. Hidden markup is never hit.
 */
function linkUnderneath(event: MouseEvent, within: string): SVGAElement | null {
  for (const element of document.elementsFromPoint(event.clientX, event.clientY)) {
    const link = element.closest<SVGAElement>(`${within} a[data-claim]`);
    if (link) return link;
  }
  return null;
}

