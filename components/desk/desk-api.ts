'use client';
/** The desk's calls to the app's own API: JSON in and out, the session's cookie sent, nothing cached. */

export interface Answer<T> { status: number; body: T & { error?: string } }

export async function call<T = Record<string, unknown>>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer<T>> {
  try {
    const response = await fetch(path, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...init.headers },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
    const text = await response.text();
    let body = {} as T & { error?: string; message?: string };
    try {
      body = text ? JSON.parse(text) : body;
    } catch {
      // A proxy's page of HTML ("502 Bad Gateway") is not shown as markup: its status says it.
      const plain = /^\s*</.test(text) ? `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` : text.slice(0, 200);
      body = { error: plain } as T & { error?: string };
    }
    // better-auth answers { message }, the app { error }: the desk reads one.
    if (!response.ok && !body.error && body.message) body.error = body.message;
    return { status: response.status, body };
  } catch {
    return { status: 0, body: { error: 'The server could not be reached: check the connection and try again.' } as T & { error?: string } };
  }
}

export interface SessionUser { id: string; email: string; role?: string | null; name?: string }

/**
 * The signed-in account, or null. A server out of reach (a laptop waking before its Wi-Fi) or failing throws instead,
 * so the desk keeps the account it knew rather than saying the session ended.
 */
export async function currentSession(): Promise<SessionUser | null> {
  const { status, body } = await call<{ user?: SessionUser } | null>('/api/auth/get-session');
  if (status === 200) return body?.user ?? null;
  if (status === 401 || status === 403) return null;
  throw new DeskError(status, body?.error ?? `The server answered ${status}.`);
}

/** A failed GET, with its status (401: the session ended). */
export class DeskError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'DeskError';
  }
}

/** SWR's fetcher for the desk's reads. */
export async function deskFetcher<T>(path: string): Promise<T> {
  const { status, body } = await call<T>(path);
  if (status !== 200) throw new DeskError(status, body.error ?? `The server answered ${status}.`);
  return body;
}
