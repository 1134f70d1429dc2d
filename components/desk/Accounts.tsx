'use client';
import { useState } from 'react';
import useSWR from 'swr';
import { MIN_PASSWORD_LENGTH as MIN_PASSWORD, ROLES } from '@/geo/account-rules';
import { call, type DeskError, deskFetcher } from './desk-api';

interface Account { id: string; email: string; role?: string | null; banned?: boolean | null; createdAt?: string }

/**
 * Admins add editors and admins, change an account's role, set a new password (a forgotten one, or one that leaked:
 * it signs them out everywhere), and disable or enable accounts (disabling ends their sessions at once).
 */
export function Accounts({ self }: { self: string }) {
  const { data, error, mutate } = useSWR<{ users: Account[] }, DeskError>('/api/auth/admin/list-users?limit=200&sortBy=email', deskFetcher);
  const [form, setForm] = useState({ email: '', password: '', role: 'editor' });
  const [status, setStatus] = useState('');
  /** The account whose disabling waits for a second click: it signs them out everywhere at once. */
  const [confirming, setConfirming] = useState<string | null>(null);
  /** The account whose new password is being typed, and the password. */
  const [resetting, setResetting] = useState<{ id: string; password: string } | null>(null);

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    const { status: code, body } = await call('/api/auth/admin/create-user', { method: 'POST', body: { ...form, name: form.email } });
    if (code === 200) {
      setStatus(`Added ${form.email} (${form.role}).`);
      setForm({ email: '', password: '', role: 'editor' });
      void mutate();
    } else setStatus(`Not added: ${body.error ?? code}`);
  };
  const setDisabled = async (account: Account, disabled: boolean) => {
    setConfirming(null);
    const { status: code, body } = await call(disabled ? '/api/auth/admin/ban-user' : '/api/auth/admin/unban-user', { method: 'POST', body: { userId: account.id, ...(disabled ? { banReason: 'disabled in the desk' } : {}) } });
    setStatus(code === 200 ? `${account.email} ${disabled ? 'disabled: signed out everywhere' : 'enabled'}.` : `Not changed: ${body.error ?? code}`);
    void mutate();
  };
  const setRole = async (account: Account, role: string) => {
    const { status: code, body } = await call('/api/auth/admin/set-role', { method: 'POST', body: { userId: account.id, role } });
    setStatus(code === 200 ? `${account.email} is now ${role === 'admin' ? 'an admin' : 'an editor'}.` : `Role not changed: ${body.error ?? code}`);
    void mutate();
  };
  const setPassword = async (event: React.FormEvent, account: Account) => {
    event.preventDefault();
    if (!resetting) return;
    const { status: code, body } = await call('/api/auth/admin/set-user-password', { method: 'POST', body: { userId: account.id, newPassword: resetting.password } });
    if (code !== 200) return setStatus(`Password not set: ${body.error ?? code}`);
    // The server ends their open sessions with it (store/auth.ts): the old password may have leaked.
    setResetting(null);
    setStatus(`New password set for ${account.email}: signed out everywhere; give it to them in person or by phone.`);
  };

  return (
    <section aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">Accounts</h2>
      {status ? <p className="desk-notice" role="status">{status}</p> : null}
      {error ? <p className="desk-problem" role="alert">{error.message}</p> : null}
      <div className="desk-table-frame">
        <table className="desk-table">
          <thead><tr><th scope="col">Email</th><th scope="col">Role</th><th scope="col">State</th><th scope="col" /></tr></thead>
          <tbody>
            {(data?.users ?? []).map((account) => (
              <tr key={account.id} data-account={account.email}>
                <td>{account.email}</td>
                <td>
                  {/* One's own role stays: an admin who made themselves an editor could not undo it. */}
                  {account.email === self ? (account.role ?? 'editor') : (
                    <select aria-label={`Role of ${account.email}`} value={account.role ?? 'editor'} onChange={(e) => setRole(account, e.target.value)}>
                      {ROLES.map((role) => <option key={role} value={role}>{role}</option>)}
                    </select>
                  )}
                </td>
                <td>{account.banned ? 'Disabled' : 'Active'}</td>
                <td>
                  {account.email === self ? '(you)' : confirming === account.id ? (
                    <span className="desk-confirm" role="group" aria-label={`Disable ${account.email}?`}>
                      Disable {account.email}? They are signed out everywhere.{' '}
                      <button type="button" className="button primary" onClick={() => setDisabled(account, true)}>Disable</button>{' '}
                      <button type="button" className="button" onClick={() => setConfirming(null)}>Cancel</button>
                    </span>
                  ) : resetting?.id === account.id ? (
                    <form className="desk-confirm" onSubmit={(e) => setPassword(e, account)} aria-label={`New password for ${account.email}`}>
                      <label>New password (at least {MIN_PASSWORD} characters){' '}
                        <input type="password" required minLength={MIN_PASSWORD} autoComplete="new-password" autoFocus value={resetting.password}
                          onChange={(e) => setResetting({ id: account.id, password: e.target.value })} />
                      </label>{' '}
                      <button type="submit" className="button primary">Set password</button>{' '}
                      <button type="button" className="button" onClick={() => setResetting(null)}>Cancel</button>
                    </form>
                  ) : (
                    <>
                      {account.banned ? (
                        <button type="button" className="button" onClick={() => setDisabled(account, false)}>Enable</button>
                      ) : (
                        <button type="button" className="button" onClick={() => setConfirming(account.id)}>Disable…</button>
                      )}{' '}
                      <button type="button" className="button" onClick={() => setResetting({ id: account.id, password: '' })}>New password…</button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form className="desk-add-account" onSubmit={add} aria-label="Add an account">
        <h3>Add an account</h3>
        <label>Email <input type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} /></label>
        <label>Password (at least {MIN_PASSWORD} characters) <input type="password" required minLength={MIN_PASSWORD} autoComplete="new-password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} /></label>
        <label>Role
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })}>
            {ROLES.map((role) => <option key={role} value={role}>{role}</option>)}
          </select>
        </label>
        <button type="submit" className="button primary">Add</button>
      </form>
    </section>
  );
}
