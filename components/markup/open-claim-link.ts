import type { MouseEvent } from 'react';

/**
 * A click on a claim's link in server-drawn markup (a chart mark, a callout on the server-drawn map) opens the
 * claim's source card on the page; without script the link leads to the page with that card open, and with a
 * modifier key it stays a link (a new tab, a new window, a download). `underneath`: also a link of that markup under the click.
 * `touchRadius`: on a touch screen, also the link nearest a tap that missed, within that many CSS px.
 */
export function openClaimLink(event: MouseEvent, onOpenClaim: (id: string, opener: HTMLElement) => void, underneath?: string, touchRadius = 0): void {
  const link = (event.target as Element).closest<SVGAElement>('a[data-claim]')
    ?? (underneath ? linkUnderneath(event, underneath) : null)
    ?? (touchRadius > 0 ? linkNearTap(event, touchRadius) : null);
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  // An SVG link takes focus back like an HTML element does when the card closes.
  onOpenClaim(link.dataset.claim!, link as unknown as HTMLElement);
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

/**
 * On a touch screen, the shown link of the markup that took the tap (`event.currentTarget`) nearest the tap, within
 * `radius` CSS px: a chart's marks are 8 px across, well under a fingertip.
 */
function linkNearTap(event: MouseEvent, radius: number): SVGAElement | null {
  if ((event.nativeEvent as PointerEvent).pointerType !== 'touch') return null;
  let nearest: SVGAElement | null = null;
  let distance = radius;
  for (const link of (event.currentTarget as Element).querySelectorAll<SVGAElement>('a[data-claim]')) {
    const box = link.getBoundingClientRect();
    // A mark of another date is hidden (data-off: display none) and has no box.
    if (box.width === 0 && box.height === 0) continue;
    const d = Math.hypot(Math.max(box.left - event.clientX, 0, event.clientX - box.right), Math.max(box.top - event.clientY, 0, event.clientY - box.bottom));
    if (d <= distance) [nearest, distance] = [link, d];
  }
  return nearest;
}
