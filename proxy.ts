/**
 * Every page gets a Content-Security-Policy with a fresh nonce: only the app's own origin, Next's inline
 * scripts by nonce, MapLibre's worker and blob images allowed. Next reads the nonce from the request's policy
 * header and puts it on its own scripts. Only /embed may be framed by other sites.
 */
import { type NextRequest, NextResponse } from 'next/server';
import { dataProblem } from './geo/data-health';

export function contentSecurityPolicy(nonce: string, frameable: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // React writes style attributes (bar widths, legend swatches) into the HTML.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameable ? '*' : "'none'"}`,
  ].join('; ');
}

/** A path Next cannot decode (`/api/geo/%zz`) would reach its router and come back as a bare 500. */
function undecodablePath(pathname: string): boolean {
  try {
    pathname.split('/').forEach((segment) => decodeURIComponent(segment));
    return false;
  } catch {
    return true;
  }
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
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, pathname === '/embed');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages get a policy here; the API has its own strict one (next.config.js) and only the path check; static
  // files need neither.
  matcher: [{ source: '/((?!_next/static|_next/image|fonts/|icon.svg).*)' }],
};
