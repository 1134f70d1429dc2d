'use client';
import { useEffect, useState } from 'react';
import { useHydrated } from '@/components/use-hydrated';
import { viewWasChosen } from '@/components/map/view-chosen';
import { flushAddress } from './use-view-state';

const loadSnippet = () => import('./embed-snippet');

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

/** Copies text and says what happened (`what`: "Link", "Embed code"), in words a screen reader announces. */
async function copy(text: string, what: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return `${what} copied.`;
  } catch {
    return `This browser did not allow copying: select the ${what.toLowerCase()} below and copy it.`;
  }
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
  // Fetched once the page is up, so a click finds it loaded (the copy then runs within the click's user activation).
  useEffect(() => void loadSnippet().catch(() => undefined), []);
  // The status empties first: the same words again (a second "Copied.") were not announced, nor told one copy from the other.
  const run = async (text: string, what: string) => {
    setStatus('');
    setShown(text);
    setStatus(await copy(text, what));
  };
  const copyEmbed = (pin: boolean) => {
    setEmbedding(true);
    // A view nobody chose (the one the live map wrote as it started) stays out: the embed then fits the story to its own size.
    const address = viewWasChosen() ? currentAddress() : currentAddress().replace(/#.*$/, '');
    const seen = seenMap();
    return loadSnippet().then(({ embedSnippet }) => run(embedSnippet(address, title, pin ? dataVersion : null, seen), 'Embed code'));
  };
  return (
    <div className="share">
      <button type="button" className="header-button" onClick={() => { setEmbedding(false); return run(currentAddress(), 'Link'); }} disabled={!hydrated} data-needs-script>Copy link</button>
      <button type="button" className="header-button" onClick={() => copyEmbed(pinned)} disabled={!hydrated} data-needs-script>Copy embed code</button>
      <div className="share-output">
        <p className="share-status" role="status">{status}</p>
        {/* Focused (and so selected) on each copy: the box shows while focus is in it (a browser that does not focus a clicked button, Safari's, showed nothing). */}
        {shown ? <input key={shown} className="share-text" readOnly value={shown} aria-label="Copied text" autoFocus onFocus={(e) => e.currentTarget.select()} /> : null}
        {embedding && dataVersion > 0 ? (
          <label className="share-pin">
            <input type="checkbox" checked={pinned} onChange={(e) => { setPinned(e.currentTarget.checked); return copyEmbed(e.currentTarget.checked); }} />
            {' '}Pin to data version {dataVersion} (later corrections will not show)
          </label>
        ) : null}
      </div>
    </div>
  );
}
