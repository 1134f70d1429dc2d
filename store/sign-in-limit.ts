import 'server-only';
/**
 * Sign-in attempts that fail are limited (better-auth's own limiter counts successful sign-ins too): after
 * FAILURES failures for one address and email within the window, or four times that many from one address, the
 * next attempt is a 429 with Retry-After until the oldest failure leaves the window. The answer is the same whether
 * the email exists or not.
 */
import type { Kysely } from 'kysely';
import type { StoreTables } from './tables';

export const FAILURES = Number(process.env.BUILDUP_SIGN_IN_FAILURES ?? 5);
export const WINDOW_MS = 10 * 60 * 1000;

const keysFor = (ip: string, email: string) => [{ key: `ip:${ip}`, max: FAILURES * 4 }, { key: `ip+email:${ip}|${email.trim().toLowerCase()}`, max: FAILURES }];

/** Seconds until another attempt may be made, or null when one may be made now. */
export async function retryAfter(db: Kysely<StoreTables>, ip: string, email: string, now = Date.now()): Promise<number | null> {
  let wait = 0;
  for (const { key, max } of keysFor(ip, email)) {
    const rows = await db.selectFrom('sign_in_failure').select('at').where('key', '=', key).where('at', '>', now - WINDOW_MS).orderBy('at', 'desc').limit(max).execute();
    if (rows.length >= max) wait = Math.max(wait, Math.ceil((Number(rows.at(-1)!.at) + WINDOW_MS - now) / 1000));
  }
  return wait > 0 ? wait : null;
}

export async function recordFailure(db: Kysely<StoreTables>, ip: string, email: string, now = Date.now()): Promise<void> {
  await db.insertInto('sign_in_failure').values(keysFor(ip, email).map(({ key }) => ({ key, at: now }))).execute();
  // Failures older than the window are of no more use.
  await db.deleteFrom('sign_in_failure').where('at', '<=', now - WINDOW_MS).execute();
}

/** A successful sign-in forgets that address's failures for that email. */
export async function clearFailures(db: Kysely<StoreTables>, ip: string, email: string): Promise<void> {
  await db.deleteFrom('sign_in_failure').where('key', '=', keysFor(ip, email)[1].key).execute();
}

/**
 * The client's address: server.mjs replaces X-Forwarded-For with the connection's own address unless it runs behind a
 * proxy it trusts (BUILDUP_TRUST_PROXY=1, as behind deploy/nginx.conf, which sets it), so a client cannot choose it.
 */
export const clientAddress = (request: Request) => request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
