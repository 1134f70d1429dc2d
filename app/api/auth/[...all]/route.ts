/**
 * better-auth's endpoints (sign-in, sign-out, session, the admin plugin's account management), with the app's limit
 * on failed sign-ins in front of sign-in (store/sign-in-limit.ts).
 */
import { jsonError } from '@/geo/http-cache';
import { getAuth } from '@/store/auth';
import { database } from '@/store/db';
import { clearFailures, clientAddress, recordFailure, retryAfter } from '@/store/sign-in-limit';
import { otherMethods } from '@/app/api/other-methods';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET', 'POST');

async function withNoStore(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set('Cache-Control', 'no-store');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function signIn(request: Request): Promise<Response> {
  const body = await request.clone().json().catch(() => null) as { email?: unknown } | null;
  const email = typeof body?.email === 'string' ? body.email : '';
  const { db } = await database();
  const ip = clientAddress(request);
  const wait = await retryAfter(db, ip, email);
  if (wait !== null) {
    return jsonError(429, `Too many failed sign-ins: try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? 's' : ''}.`, { 'Retry-After': String(wait) });
  }
  const response = await (await getAuth()).handler(request);
  if (response.status === 401) await recordFailure(db, ip, email);
  else if (response.ok) await clearFailures(db, ip, email);
  return withNoStore(response);
}

export async function GET(request: Request): Promise<Response> {
  return withNoStore(await (await getAuth()).handler(request));
}

export async function POST(request: Request): Promise<Response> {
  if (new URL(request.url).pathname.endsWith('/sign-in/email')) return signIn(request);
  return withNoStore(await (await getAuth()).handler(request));
}
