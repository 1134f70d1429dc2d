/**
 * The answer server.mjs gives a request it refuses before Next sees it: JSON `{ error }` for a program, and for a
 * browser opening a page (an address pasted whole from a chat, cut nowhere, 7,000 characters long) a short page with
 * the same words and a way back to the map: it showed the raw JSON, and no link.
 */

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Whether the request is a browser's for a page, not a program's for data (`/api/…`, or one that asks for JSON). */
export function wantsPage(url, accept) {
  return !String(url ?? '').startsWith('/api/') && /\btext\/html\b/.test(String(accept ?? ''));
}

/** The body and its type: the error in JSON, or in a page of its own. */
export function refusalBody(error, page) {
  if (!page) return { type: 'application/json', body: JSON.stringify({ error }) };
  const body = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
    + '<title>This address cannot be opened · Buildup Map</title></head>'
    + `<body><main><h1>This address cannot be opened</h1><p>${escapeHtml(error)}</p>`
    + '<p><a href="/">Open the map</a> (the dashboard, at the latest date), or shorten the address.</p></main></body></html>';
  return { type: 'text/html; charset=utf-8', body };
}
