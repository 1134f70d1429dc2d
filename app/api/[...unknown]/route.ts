/**
 * Any address under /api/ that names no API: a JSON 404 that names it, as the API answers everything else. It was
 * the site's HTML "no page" page, naming "/" (the proxy passes no address for the API) under the API's policy, which
 * blocks that page's style sheet.
 */
import { jsonError } from '@/geo/http-cache';

function noSuchApi(request: Request): Response {
  const { pathname } = new URL(request.url);
  return jsonError(404, `There is no API at ${JSON.stringify(pathname.slice(0, 200))}: the README's "Routes and API" lists them.`);
}

export const GET = noSuchApi;
export const HEAD = noSuchApi;
export const POST = noSuchApi;
export const PUT = noSuchApi;
export const PATCH = noSuchApi;
export const DELETE = noSuchApi;
