/**
 * What "Copy link" and "Copy embed code" copy (components/dashboard/ShareActions.tsx), and the copying, in a module of
 * its own: loaded after the page is up, not with the dashboard's first scripts, whose budget it would pass.
 */
import { viewWasChosen } from '@/components/map/view-chosen';
import { withVersion } from '@/geo/pinned-version';
import { formatFrame, SEEN_FRAME_PARAM } from '@/geo/seen-frame';
import { flushAddress } from './use-view-state';

/**
 * The frame's height before embed.js sizes it to the embed (or for good on a page without the script, or without
 * JavaScript): the embed's height in a 640-pixel article column, measured (721 px at a phone's 358, 805 at 700). At
 * 640 the frame cut the footer and its link to the sources until the script ran, and jumped 82 px on a phone.
 */
export const EMBED_DEFAULT_HEIGHT = 760;

/**
 * The view as the viewer saw it, all of it, in a map of any size (`frame=WxH`, the size of the map it was seen in): its
 * zoom alone put a 358 px column on Kyiv. Null for an address without a view.
 */
function seenFrameParam(url: URL, seenIn: { width: number; height: number } | null): string | null {
  return url.hash && seenIn && formatFrame(seenIn) ? `${SEEN_FRAME_PARAM}=${formatFrame(seenIn)}` : null;
}

/** The link to the dashboard at the viewer's view (with the map's size it was seen in), date and choices. */
export function shareLink(href: string, seenIn: { width: number; height: number } | null = null): string {
  const url = new URL(href);
  const frame = seenFrameParam(url, seenIn);
  if (!frame) return href;
  // Kept as written, not through URLSearchParams, which would re-encode the commas of `hide=cities,figures`.
  const kept = url.search.slice(1).split('&').filter((part) => part && !part.startsWith(`${SEEN_FRAME_PARAM}=`));
  const query = [...kept, frame].join('&');
  return `${url.origin}${url.pathname}?${query}${url.hash}`;
}

/**
 * The embed code: an iframe of /embed at the viewer's view and the size of the map it was seen in (`seenIn`: the
 * embed shows that much of the map at its own size), light unless dark was chosen (pinned to data version `version`
 * when given, else following the latest data) and embed.js, which sizes the frame to the embed's height. Attributes rather than
 * styles where they do the same, since a host page's strict CSP may refuse style attributes: `frameborder`, obsolete
 * but honoured by every browser, where `style="border:0"` logged a CSP error and left the default inset border.
 */
export function embedSnippet(href: string, title: string, version: number | null = null, seenIn: { width: number; height: number } | null = null): string {
  const url = new URL(href);
  // Added as they are, not through URLSearchParams, which would re-encode the commas of `hide=cities,figures`.
  const added = [
    // Light unless the editor chose dark: a reader's dark system theme put a dark map in a white article.
    url.searchParams.has('theme') ? null : 'theme=light',
    seenFrameParam(url, seenIn),
  ].filter(Boolean);
  const query = [url.search.slice(1), ...added].filter(Boolean).join('&');
  const embed = `${url.origin}/embed${withVersion(query ? `?${query}` : '', version)}${url.hash}`;
  const safeTitle = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${embed.replace(/"/g, '%22')}" title="Map: ${safeTitle}" data-buildup-map width="100%" height="${EMBED_DEFAULT_HEIGHT}" frameborder="0" loading="lazy"></iframe>\n`
    + `<script async src="${url.origin}/embed.js"></script>`;
}

/** The size of the dashboard's live map, in which the address's view is seen (narrower than its area where that is very wide). */
function seenMap(): { width: number; height: number } | null {
  const box = document.querySelector<HTMLElement>('.dashboard .map-canvas');
  return box ? { width: box.clientWidth, height: box.clientHeight } : null;
}

/**
 * The link (the address, with every choice in it: a date just chosen is written at once), or the embed code, pinned
 * to data version `version` if given. A view nobody chose (the one the live map wrote as it started) stays out of
 * both: the page or the embed then fits the story to its own size (a link copied from a laptop opened a phone on Kyiv
 * and Belarus, five of its seven numbers off the map).
 */
export function shareText(embed: boolean, title: string, version: number | null): string {
  flushAddress();
  const address = viewWasChosen() ? window.location.href : window.location.href.replace(/#.*$/, '');
  return embed ? embedSnippet(address, title, version, seenMap()) : shareLink(address, seenMap());
}

/** Copies text and says what happened (`what`: "Link", "Embed code"), in words a screen reader announces. */
export async function copyText(text: string, what: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return `${what} copied.`;
  } catch {
    return `This browser did not allow copying: select the ${what.toLowerCase()} below and copy it.`;
  }
}
