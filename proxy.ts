/**
 * Before Next renders a page: a path it cannot decode gets a 400, broken data a 503 naming the problem, and a
 * page rendered per request a Content-Security-Policy with a fresh nonce (Next reads the nonce from the request's
 * policy header and puts it on its own scripts). A page rendered for server.mjs's replay memo, which sends the
 * same bytes to every viewer of a data version, gets no nonce: the memo adds a policy with the hashes of the
 * page's inline scripts (csp.mjs).
 */
import { type NextRequest, NextResponse } from 'next/server';
import { contentSecurityPolicy } from './csp.mjs';
import { dataProblem } from './geo/data-health';
import { ASKED_URL_HEADER, ASKED_URL_MAX } from './geo/asked-url';
import { embedCacheControl } from './geo/pinned-embed';

/** A path Next cannot decode (`/api/geo/%zz`) would reach its router and come back as a bare 500. */
function undecodablePath(pathname: string): boolean {
  try {
    pathname.split('/').forEach((segment) => decodeURIComponent(segment));
    return false;
  } catch {
    return true;
  }
}

/**
 * The replay memo's own request (server.mjs sets a secret for this process): only it may ask for a page without a
 * nonce, so no client can get a policy-less page into a shared cache by sending the header itself.
 */
function renderedForMemo(request: NextRequest): boolean {
  const secret = process.env.BUILDUP_MEMO_SECRET;
  return Boolean(secret) && request.headers.get('x-replay-memo-refresh') === secret;
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (undecodablePath(pathname)) {
    return Response.json({ error: `The address ${JSON.stringify(pathname.slice(0, 80))} has a malformed %-escape.` }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  }
  if (pathname.startsWith('/api/')) return NextResponse.next();
  const problem = await dataProblem();
  if (problem) {
    return new Response(`${problem}\n`, { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5', 'Cache-Control': 'no-store' } });
  }
  const response = renderedForMemo(request) ? NextResponse.next() : withNonce(request);
  // A pinned embed (/embed?v=N) shows a version that never changes: cached for good (geo/pinned-embed.ts); the
  // replay memo keeps that header.
  const caching = await embedCacheControl(request.nextUrl);
  if (caching) response.headers.set('Cache-Control', caching);
  return response;
}

/** A page rendered for this request alone: a fresh nonce, which Next puts on its own scripts. */
function withNonce(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy({ nonce }, request.nextUrl.pathname === '/embed');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  headers.set(ASKED_URL_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`.slice(0, ASKED_URL_MAX));
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages get a policy here; the API has its own strict one (next.config.js) and only the path check; static
  // files (embed.js among them: host pages load it) need neither.
  matcher: [{ source: '/((?!_next/static|_next/image|fonts/|icon.svg|embed\\.js$).*)' }],
};
