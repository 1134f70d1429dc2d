'use client';
import Link from 'next/link';
import { useCallback, useState } from 'react';
import useSWR from 'swr';
import { Accounts } from './Accounts';
import { ClaimEditor } from './ClaimEditor';
import { ClaimList } from './ClaimList';
import { call, currentSession } from './desk-api';
import { SignIn } from './SignIn';

type View = { name: 'list' } | { name: 'edit'; id: string | null } | { name: 'accounts' };

/**
 * The newsroom desk: sign in, the claims with their state and history, the claim form, and (for admins) accounts.
 * When the session ends mid-edit the sign-in appears over the form, which stays as typed.
 */
export function DeskApp() {
  const session = useSWR('session', currentSession, { revalidateOnFocus: true });
  const [view, setView] = useState<View>({ name: 'list' });
  const [lost, setLost] = useState(false);
  const [message, setMessage] = useState('');
  const onSessionLost = useCallback(() => setLost(true), []);
  const signedIn = () => {
    setLost(false);
    void session.mutate();
  };

  if (session.isLoading) return <p>Loading the desk…</p>;
  const user = session.data;
  if (!user) return <SignIn onSignedIn={signedIn} />;

  const signOut = async () => {
    await call('/api/auth/sign-out', { method: 'POST', body: {} });
    void session.mutate(null, { revalidate: false });
  };
  const open = (next: View) => {
    setMessage('');
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
        <p className="desk-user">{user.email} ({user.role ?? 'editor'}) <button type="button" className="button" onClick={signOut}>Sign out</button></p>
      </header>
      {message ? <p className="desk-notice" role="status">{message}</p> : null}
      {lost ? (
        <div className="desk-overlay" role="dialog" aria-modal="true" aria-label="Sign in again">
          <SignIn onSignedIn={signedIn} reason="Your session has ended (expired, signed out elsewhere, or the account was disabled). Sign in again: what you typed is kept." />
        </div>
      ) : null}
      <main>
        {view.name === 'list' ? <ClaimList onOpen={(id) => open({ name: 'edit', id })} onSessionLost={onSessionLost} /> : null}
        {view.name === 'edit' ? (
          <ClaimEditor key={view.id ?? 'new'} id={view.id} sessionLost={lost} onSessionLost={onSessionLost} onSaved={(text, id) => {
            setMessage(text);
            setView({ name: 'edit', id });
          }} />
        ) : null}
        {view.name === 'accounts' ? <Accounts self={user.email} /> : null}
      </main>
    </div>
  );
}
