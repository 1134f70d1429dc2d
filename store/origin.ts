import 'server-only';
/**
 * The app's own address: the configured public one, or the one a request was addressed to. Kept apart from the desk's
 * sign-in (store/auth.ts), so that the routes every reader asks (an export's permalink) do not load it.
 */

/** The app's public address, when deployed behind one (https://…); it decides Secure cookies. */
export const PUBLIC_URL = (process.env.BUILDUP_PUBLIC_URL ?? '').replace(/\/+$/, '') || null;

/** The request's own origin, as the browser addressed this app (or the configured public address). */
export function appOrigin(request: Request): string {
  if (PUBLIC_URL) return new URL(PUBLIC_URL).origin;
  const host = request.headers.get('host') ?? new URL(request.url).host;
  const proto = request.headers.get('x-forwarded-proto') === 'https' ? 'https' : new URL(request.url).protocol.replace(':', '');
  return `${proto}://${host}`;
}
