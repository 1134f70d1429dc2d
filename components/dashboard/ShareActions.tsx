'use client';
import { useState } from 'react';
import { useHydrated } from '@/components/use-hydrated';
import { withVersion } from '@/geo/pinned-version';
import { formatFrame, SEEN_FRAME_PARAM } from '@/geo/seen-frame';
import { flushAddress } from './use-view-state';

/** The address with every choice in it (a date just chosen is written at once). */
function currentAddress(): string {
  flushAddress();
  return window.location.href;
}

/** The size of the dashboard's map, in which the address's view is seen. */
function seenMap(): { width: number; height: number } | null {
  const box = document.querySelector<HTMLElement>('.dashboard .map');
  return box ? { width: box.clientWidth, height: box.clientHeight } : null;
}

/** Copies text and says what happened, in words a screen reader announces. */
async function copy(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return 'Copied.';
  } catch {
    return 'This browser did not allow copying: select the text below and copy it.';
  }
}

/**
 * The frame's height before embed.js sizes it to the embed (or for good on a page without the script, or without
 * JavaScript): the embed's height in a 640-pixel article column, measured (721 px at a phone's 358, 805 at 700). At
 * 640 the frame cut the footer and its link to the sources until the script ran, and jumped 82 px on a phone.
 */
export const EMBED_DEFAULT_HEIGHT = 760;

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
    // The view as the editor saw it, all of it, in a frame of any size: its zoom alone put a 358 px column on Kyiv.
    url.hash && seenIn ? formatFrame(seenIn) && `${SEEN_FRAME_PARAM}=${formatFrame(seenIn)}` : null,
  ].filter(Boolean);
  const query = [url.search.slice(1), ...added].filter(Boolean).join('&');
  const embed = `${url.origin}/embed${withVersion(query ? `?${query}` : '', version)}${url.hash}`;
  const safeTitle = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${embed.replace(/"/g, '%22')}" title="Map: ${safeTitle}" data-buildup-map width="100%" height="${EMBED_DEFAULT_HEIGHT}" frameborder="0" loading="lazy"></iframe>\n`
    + `<script async src="${url.origin}/embed.js"></script>`;
}

/**
 * "Copy link" (everything the viewer chose is in the address) and "Copy embed code": the embed follows the latest
 * data, or (the box under the code) stays on the data version shown now, for an article that must not change.
 */
export function ShareActions({ title, dataVersion }: { title: string; dataVersion: number }) {
  const [status, setStatus] = useState('');
  const [shown, setShown] = useState('');
  const [embedding, setEmbedding] = useState(false);
  const [pinned, setPinned] = useState(false);
  const hydrated = useHydrated();
  const run = async (text: string) => {
    setShown(text);
    setStatus(await copy(text));
  };
  const copyEmbed = (pin: boolean) => {
    setEmbedding(true);
    return run(embedSnippet(currentAddress(), title, pin ? dataVersion : null, seenMap()));
  };
  return (
    <div className="share">
      <button type="button" className="header-button" onClick={() => { setEmbedding(false); return run(currentAddress()); }} disabled={!hydrated} data-needs-script>Copy link</button>
      <button type="button" className="header-button" onClick={() => copyEmbed(pinned)} disabled={!hydrated} data-needs-script>Copy embed code</button>
      <p className="share-status" role="status">{status}</p>
      {shown ? <input className="share-text" readOnly value={shown} aria-label="Copied text" onFocus={(e) => e.currentTarget.select()} /> : null}
      {embedding && dataVersion > 0 ? (
        <label className="share-pin">
          <input type="checkbox" checked={pinned} onChange={(e) => { setPinned(e.currentTarget.checked); return copyEmbed(e.currentTarget.checked); }} />
          {' '}Pin to data version {dataVersion} (later corrections will not show)
        </label>
      ) : null}
    </div>
  );
}
