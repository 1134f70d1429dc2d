/**
 * An API address asked with a method it does not take: a JSON 405 that names the method, the address and the methods
 * it takes (also in `Allow`), as the API answers every other mistake. Next's own answer was an empty 405, which told a
 * client nothing (`GET /api/claims/check`). Each route exports these for the methods it has no handler for;
 * test/unit/api-methods.test.ts holds every route to it, and to an `Allow` that lists exactly its own handlers.
 */
import { jsonError } from '@/geo/http-cache';

/** The methods server.mjs lets through to an API route (OPTIONS is Next's own answer, with `Allow`). */
export const API_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type ApiMethod = (typeof API_METHODS)[number];
type Refusal = (request: Request) => Response;
/** A list said in words: "GET, HEAD, PUT or DELETE". */
const inWords = (methods: readonly string[]) => (methods.length < 2 ? methods.join('') : `${methods.slice(0, -1).join(', ')} or ${methods.at(-1)}`);

const refusals = new WeakSet<Refusal>();

/** Whether a route's export is one of these refusals (for the test that checks every route). */
export const isRefusal = (handler: unknown): boolean => typeof handler === 'function' && refusals.has(handler as Refusal);

/**
 * Handlers for every method but `answered` (a route with GET also answers HEAD: Next runs GET for it), and OPTIONS:
 * Next's own answer to it lists every method a route exports, these refusals too.
 * @param answered the methods the route has handlers for
 */
export function otherMethods(...answered: ApiMethod[]): Record<ApiMethod | 'OPTIONS', Refusal> {
  const allow = API_METHODS.filter((method) => answered.includes(method) || (method === 'HEAD' && answered.includes('GET')));
  const refuse: Refusal = (request) => {
    const address = new URL(request.url).pathname.slice(0, 200);
    const method = request.method.slice(0, 20);
    return jsonError(405, `${address} does not take ${method} requests: use ${inWords(allow)}.`, { Allow: allow.join(', ') });
  };
  refusals.add(refuse);
  const options = () => new Response(null, { status: 204, headers: { Allow: [...allow, 'OPTIONS'].join(', '), 'Cache-Control': 'no-store' } });
  return { ...Object.fromEntries(API_METHODS.map((method) => [method, refuse])) as Record<ApiMethod, Refusal>, OPTIONS: options };
}
