'use client';
import { useState } from 'react';
import { call } from './desk-api';

/** Email and password; what went wrong said plainly (never whether the email exists). */
export function SignIn({ onSignedIn, reason, focusFirst = false }: { onSignedIn: () => void; reason?: string; focusFirst?: boolean }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem('');
    const { status, body } = await call('/api/auth/sign-in/email', { method: 'POST', body: { email, password } });
    setBusy(false);
    if (status === 200) {
      setPassword('');
      onSignedIn();
    } else if (status === 401 || status === 400) setProblem('Wrong email or password.');
    else if (status === 403) setProblem('This account is disabled: ask an admin.');
    else setProblem(body.error ?? `Sign-in failed (${status}).`);
  };
  return (
    <form className="desk-signin" onSubmit={submit} aria-labelledby="signin-heading">
      <h2 id="signin-heading">Sign in to the desk</h2>
      {reason ? <p className="desk-notice" role="status">{reason}</p> : null}
      <label>Email <input type="email" name="email" autoComplete="username" required autoFocus={focusFirst} value={email} onChange={(e) => setEmail(e.target.value)} /></label>
      <label>Password <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} /></label>
      {problem ? <p className="desk-problem" role="alert">{problem}</p> : null}
      {/* Not disabled while busy: a disabled button drops the keyboard's focus to the page, and after a wrong password
          the editor had to find the form again. */}
      <button type="submit" className="button primary" aria-disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
    </form>
  );
}
