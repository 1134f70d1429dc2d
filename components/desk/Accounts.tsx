'use client';
import { useState } from 'react';
import useSWR from 'swr';
import { call, type DeskError, deskFetcher } from './desk-api';

interface Account { id: string; email: string; role?: string | null; banned?: boolean | null; createdAt?: string }

/** Admins add editors and admins, and disable or enable accounts (disabling ends their sessions at once). */
export function Accounts({ self }: { self: string }) {
  const { data, error, mutate } = useSWR<{ users: Account[] }, DeskError>('/api/auth/admin/list-users?limit=200&sortBy=email', deskFetcher);
  const [form, setForm] = useState({ email: '', password: '', role: 'editor' });
  const [status, setStatus] = useState('');
  /** The account whose disabling waits for a second click: it signs them out everywhere at once. */
  const [confirming, setConfirming] = useState<string | null>(null);

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
                <td>{account.role ?? 'editor'}</td>
                <td>{account.banned ? 'Disabled' : 'Active'}</td>
                <td>
                  {account.email === self ? '(you)' : confirming === account.id ? (
                    <span className="desk-confirm" role="group" aria-label={`Disable ${account.email}?`}>
                      Disable {account.email}? They are signed out everywhere.{' '}
                      <button type="button" className="button primary" onClick={() => setDisabled(account, true)}>Disable</button>{' '}
                      <button type="button" className="button" onClick={() => setConfirming(null)}>Cancel</button>
                    </span>
                  ) : account.banned ? (
                    <button type="button" className="button" onClick={() => setDisabled(account, false)}>Enable</button>
                  ) : (
                    <button type="button" className="button" onClick={() => setConfirming(account.id)}>Disable…</button>
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
        <label>Password (at least 12 characters) <input type="password" required minLength={12} autoComplete="new-password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} /></label>
        <label>Role
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })}>
            <option value="editor">editor</option>
            <option value="admin">admin</option>
          </select>
        </label>
        <button type="submit" className="button primary">Add</button>
      </form>
    </section>
  );
}
