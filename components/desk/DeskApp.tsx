'use client';
import Link from 'next/link';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import useSWR from 'swr';
import { Accounts } from './Accounts';
import { ClaimEditor } from './ClaimEditor';
import { ClaimList } from './ClaimList';
import { call, currentSession, type SessionUser } from './desk-api';
import { SignIn } from './SignIn';
import { flushKept, forget, keptClaims, keptName } from './use-autosave';

/** `revision`: the form starts from that revision's fields (an older one, to restore what it said). */
type View = { name: 'list' } | { name: 'edit'; id: string | null; revision?: number } | { name: 'accounts' };

/**
 * The desk's view is its address's hash (`#claim/<id>`, `#new`, `#accounts`; none for the list): a reload keeps the
 * claim open, a link to a claim can be sent to a colleague, and the browser's Back returns to the list.
 */
function viewOf(hash: string): View {
  const [name, id, revision] = hash.replace(/^#/, '').split('/');
  if (name === 'claim' && id) {
    try {
      return { name: 'edit', id: decodeURIComponent(id), ...(/^[1-9]\d{0,8}$/.test(revision ?? '') ? { revision: Number(revision) } : {}) };
    } catch {
      return { name: 'list' };
    }
  }
  if (name === 'new') return { name: 'edit', id: null };
  if (name === 'accounts') return { name: 'accounts' };
  return { name: 'list' };
}
const hashOf = (view: View) => {
  if (view.name === 'accounts') return '#accounts';
  if (view.name === 'list') return '';
  return view.id === null ? '#new' : `#claim/${encodeURIComponent(view.id)}${view.revision ? `/${view.revision}` : ''}`;
};
const onHashChange = (change: () => void) => {
  window.addEventListener('hashchange', change);
  return () => window.removeEventListener('hashchange', change);
};
const readHash = () => window.location.hash;

function useHashView(): [View, (next: View, replace?: boolean) => void] {
  const hash = useSyncExternalStore(onHashChange, readHash, () => '');
  /** `replace`: the address changes without a step for Back (a save moving the form on to its claim). */
  const go = useCallback((next: View, replace = false) => {
    const target = hashOf(next);
    if (target === window.location.hash) return;
    const url = target || `${window.location.pathname}${window.location.search}`;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }, []);
  return [viewOf(hash), go];
}

/**
 * The newsroom desk: sign in, the claims with their state and history, the claim form, and (for admins) accounts.
 * When the session ends mid-edit the sign-in appears over the form, which stays as typed.
 */
export function DeskApp() {
  const session = useSWR('session', currentSession, { revalidateOnFocus: true });
  const [view, setView] = useHashView();
  const [lost, setLost] = useState(false);
  const [message, setMessage] = useState('');
  /** Who was signed in: a session that ends under the desk (found on returning to the tab) keeps it on screen. */
  const [known, setKnown] = useState<SessionUser | null>(null);
  /** Claims with unsaved work kept in this browser, while Sign out asks what to do with it (a shared computer). */
  const [leaving, setLeaving] = useState<string[] | null>(null);
  /** Signed out from this page: the sign-in form says so and takes the focus (it was left on the page's body, unsaid). */
  const [signedOut, setSignedOut] = useState(false);
  const signOutButton = useRef<HTMLButtonElement>(null);
  const onSessionLost = useCallback(() => setLost(true), []);
  const messageRef = useRef<HTMLParagraphElement>(null);
  // A save's outcome is said at the top of a long form: the focus goes there, so it is seen and heard.
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  // A view opened from the list or the menu puts the focus on its heading (once it is there: a claim loads first); it
  // stayed on the button that went, and the form was forty Tabs from the top of the page.
  const focusHeading = useRef(false);
  // Signing in opens the desk too: the focus was left on the page's body, where the sign-in form had been.
  const signedInAs = (session.data ?? known)?.email ?? null;
  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    let frames = 0;
    let raf = 0;
    const find = () => {
      const heading = document.querySelector<HTMLElement>('.desk main h2');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      } else if (frames++ < 120) raf = requestAnimationFrame(find);
    };
    find();
    return () => cancelAnimationFrame(raf);
  }, [view, signedInAs]);
  const current = session.data ?? null;
  if (current && current.email !== known?.email) setKnown(current);
  const ended = !current && known !== null && !session.isLoading;
  const signInShown = lost || ended;
  const signedIn = () => {
    setLost(false);
    void session.mutate();
  };

  if (session.isLoading && !known) return <p>Loading the desk…</p>;
  const user = current ?? known;
  if (!user) {
    return <SignIn reason={signedOut ? 'Signed out. Sign in again to edit.' : undefined} focusFirst onSignedIn={() => {
      focusHeading.current = true;
      setSignedOut(false);
      signedIn();
    }} />;
  }

  const signOut = async (discard = false) => {
    if (discard) for (const claim of leaving ?? []) forget(keptName(user.email, claim === 'new' ? null : claim));
    setLeaving(null);
    await call('/api/auth/sign-out', { method: 'POST', body: {} });
    setSignedOut(true);
    setKnown(null);
    setLost(false);
    void session.mutate(null, { revalidate: false });
  };
  /** Sign out answered "Cancel" (or Esc): the focus goes back to Sign out. */
  const stayIn = () => {
    setLeaving(null);
    requestAnimationFrame(() => signOutButton.current?.focus());
  };
  const open = (next: View) => {
    setMessage('');
    focusHeading.current = true;
    setView(next);
  };
  return (
    <div className="desk">
      <header className="desk-header">
        <h1>Desk</h1>
        <nav aria-label="Desk">
          <button type="button" className="button" aria-current={view.name === 'list' || undefined} onClick={() => open({ name: 'list' })}>Claims</button>
          <button type="button" className="button" aria-current={(view.name === 'edit' && view.id === null) || undefined} onClick={() => open({ name: 'edit', id: null })}>New claim</button>
          {user.role === 'admin' ? <button type="button" className="button" aria-current={view.name === 'accounts' || undefined} onClick={() => open({ name: 'accounts' })}>Accounts</button> : null}
          <Link href="/changes">Changes</Link>
          <Link href="/">Dashboard</Link>
        </nav>
        <p className="desk-user">{user.email} ({user.role ?? 'editor'}) <button ref={signOutButton} type="button" className="button" onClick={() => {
          // Work kept in the browser stays for this account alone; on a shared computer its owner may want it gone.
          flushKept();
          const kept = keptClaims(user.email);
          if (kept.length) setLeaving(kept);
          else void signOut();
        }}>Sign out</button></p>
        {leaving ? (
          <div className="desk-confirm" role="group" aria-label="Unsaved work" onKeyDown={(event) => event.key === 'Escape' && stayIn()}>
            <p>
              Unsaved work on {leaving.length === 1 ? 'one claim' : `${leaving.length} claims`} ({leaving.join(', ')}) is kept in this browser for you
              alone: it comes back when you sign in here again. On a shared computer, discard it.
            </p>
            {/* The focus follows the question: the button that asked it is gone from under it. */}
            <button type="button" className="button primary" onClick={() => void signOut()} autoFocus>Keep it here and sign out</button>{' '}
            <button type="button" className="button" onClick={() => void signOut(true)}>Discard it and sign out</button>{' '}
            <button type="button" className="button" onClick={stayIn}>Cancel</button>
          </div>
        ) : null}
      </header>
      {message ? <p ref={messageRef} tabIndex={-1} className="desk-notice" role="status">{message}</p> : null}
      {signInShown ? <SignInAgain onSignedIn={signedIn} /> : null}
      <main>
        {/* An editor following an admin's link to the accounts sees why the claims show instead, not a silent swap. */}
        {view.name === 'accounts' && user.role !== 'admin' ? (
          <p className="desk-notice" role="status">Accounts are managed by the desk&rsquo;s admins: ask one to add or change an account. Shown instead: the claims.</p>
        ) : null}
        {view.name === 'list' || (view.name === 'accounts' && user.role !== 'admin') ? <ClaimList owner={user.email} onOpen={(id, revision) => open({ name: 'edit', id, revision })} onSessionLost={onSessionLost} /> : null}
        {view.name === 'edit' ? (
          // Keyed by the account too: someone else signing in over an ended session gets a fresh form, never the
          // last editor's typing (which stays kept for them).
          <ClaimEditor key={`${user.email}:${view.id ?? 'new'}`} id={view.id} revision={view.revision ?? null} owner={user.email} sessionLost={signInShown} onSessionLost={onSessionLost} onSaveStart={() => setMessage('')} onSaved={(text, id) => {
            setMessage(text);
            setView({ name: 'edit', id }, true);
          }} />
        ) : null}
        {view.name === 'accounts' && user.role === 'admin' ? <Accounts self={user.email} /> : null}
      </main>
    </div>
  );
}

/**
 * The sign-in over the desk when the session ended: a modal dialog, so the focus goes into it and stays there (the
 * form behind is inert), and it cannot be dismissed without signing in; the form stays as typed behind it.
 */
function SignInAgain({ onSignedIn }: { onSignedIn: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const stay = (event: Event) => event.preventDefault();
    // Chromium lets a second Escape close a dialog whose cancel was prevented: it opens again at once.
    const reopen = () => {
      if (dialog.isConnected && !dialog.open) dialog.showModal();
    };
    dialog.addEventListener('cancel', stay);
    dialog.addEventListener('close', reopen);
    return () => {
      dialog.removeEventListener('cancel', stay);
      dialog.removeEventListener('close', reopen);
    };
  }, []);
  return (
    <dialog ref={ref} className="desk-overlay" aria-label="Sign in again" {...{ closedby: 'none' }}>
      <SignIn onSignedIn={onSignedIn} reason="Your session has ended (expired, signed out elsewhere, or the account was disabled). Sign in again: what you typed is kept." />
    </dialog>
  );
}
