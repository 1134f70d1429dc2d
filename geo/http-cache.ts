/** ETag handling shared by every API route: a weak validator from content, and the 304 check. */
export const etagOf = (version: string) => `"${version}"`;

/** RFC 9110 If-None-Match: a list of (possibly weak) tags, or "*". */
export function matchesEtag(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  return header.split(',').map((t) => t.trim().replace(/^W\//, '')).some((t) => t === '*' || t === etag);
}

export function notModified(etag: string, cacheControl: string): Response {
  return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': cacheControl } });
}

export function jsonError(status: number, error: string, headers: Record<string, string> = {}, body: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...body }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
