'use client';
import { useState } from 'react';

/** Copies text and says what happened, in words a screen reader announces. */
async function copy(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return 'Copied.';
  } catch {
    return 'This browser did not allow copying: select the text below and copy it.';
  }
}

export function embedSnippet(href: string, title: string): string {
  const url = new URL(href);
  const embed = `${url.origin}/embed${url.search}${url.hash}`;
  const safeTitle = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${embed.replace(/"/g, '%22')}" title="Map: ${safeTitle}" style="width:100%;aspect-ratio:4/3;border:0" loading="lazy"></iframe>`;
}

/** "Copy link" (everything the viewer chose is in the address) and "Copy embed code". */
export function ShareActions({ title }: { title: string }) {
  const [status, setStatus] = useState('');
  const [shown, setShown] = useState('');
  const run = async (text: string) => {
    setShown(text);
    setStatus(await copy(text));
  };
  return (
    <div className="share">
      <button type="button" className="header-button" onClick={() => run(window.location.href)}>Copy link</button>
      <button type="button" className="header-button" onClick={() => run(embedSnippet(window.location.href, title))}>Copy embed code</button>
      <p className="share-status" role="status">{status}</p>
      {shown ? <input className="share-text" readOnly value={shown} aria-label="Copied text" onFocus={(e) => e.currentTarget.select()} /> : null}
    </div>
  );
}
