'use client';
import { useEffect, useState } from 'react';
import { useHydrated } from '@/components/use-hydrated';

const loadSnippet = () => import('./embed-snippet');

/**
 * "Copy link" (everything the viewer chose is in the address) and "Copy embed code": the embed follows the latest
 * data, or (the box under the code) stays on the data version shown now, for an article that must not change.
 */
export function ShareActions({ title, dataVersion }: { title: string; dataVersion: number }) {
  const [status, setStatus] = useState('');
  const [shown, setShown] = useState('');
  /** Copies made with the buttons: each shows the copied text afresh, focused (the pin's box keeps its focus). */
  const [copies, setCopies] = useState(0);
  const [embedding, setEmbedding] = useState(false);
  const [pinned, setPinned] = useState(false);
  const hydrated = useHydrated();
  // Fetched once the page is up, so a click finds it loaded (the copy then runs within the click's user activation).
  useEffect(() => void loadSnippet().catch(() => undefined), []);
  // The status empties first: the same words again (a second "Copied.") were not announced, nor told one copy from
  // the other; a pinned code says so ("Embed code copied." twice told a keyboard user nothing of the pin).
  const share = async (embed: boolean, pin: boolean, pressed: boolean) => {
    setStatus('');
    setEmbedding(embed);
    if (pressed) setCopies((n) => n + 1);
    const { shareText, copyText } = await loadSnippet();
    const text = shareText(embed, title, pin && dataVersion > 0 ? dataVersion : null);
    setShown(text);
    setStatus(await copyText(text, embed ? `${pin ? 'Pinned embed' : 'Embed'} code` : 'Link'));
  };
  return (
    <div className="share">
      <button type="button" className="header-button" onClick={() => share(false, false, true)} disabled={!hydrated} data-needs-script>Copy link</button>
      <button type="button" className="header-button" onClick={() => share(true, pinned, true)} disabled={!hydrated} data-needs-script>Copy embed code</button>
      {/* Escape puts the box away (it shows only with text in it), focus back on the button that filled it. Focusable
          by a click (not by Tab), so a press on the pin's words or the status keeps the focus, and the box, in it: the
          box went away under the pointer, and the pin's words pinned nothing. */}
      <div className="share-output" tabIndex={-1} onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.currentTarget.parentElement?.querySelectorAll('button')[embedding ? 1 : 0].focus();
        setShown('');
      }}>
        <p className="share-status" role="status">{status}</p>
        {/* Focused (and so selected) on each copy: the box shows while focus is in it (a browser that does not focus a clicked button, Safari's, showed nothing). */}
        {shown ? <input key={copies} className="share-text" readOnly value={shown} aria-label="Copied text" autoFocus onFocus={(e) => e.currentTarget.select()} /> : null}
        {embedding && dataVersion > 0 ? (
          <label className="share-pin">
            <input type="checkbox" checked={pinned} onChange={(e) => { setPinned(e.currentTarget.checked); return share(true, e.currentTarget.checked, false); }} />
            {' '}Pin to data version {dataVersion} (later corrections will not show)
          </label>
        ) : null}
      </div>
    </div>
  );
}
