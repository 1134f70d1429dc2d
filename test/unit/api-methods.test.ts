/**
 * Every API route answers every method server.mjs lets through: with its handler, or with a JSON 405 that names the
 * address and the methods it takes (app/api/other-methods.ts). A method a route neither handles nor refuses gets Next's
 * empty 405, which tells a client nothing; a refusal whose `Allow` differs from the route's own handlers misleads it.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_METHODS, isRefusal, otherMethods } from '@/app/api/other-methods';

// Every route of the app, the API's and the two outside it (the Atom feed and the map's shapes: `PUT /changes.atom`
// had Next's empty 405, without Allow).
const API = path.join(process.cwd(), 'app');
const routes = (readdirSync(API, { recursive: true }) as string[]).filter((file) => path.basename(file) === 'route.ts').map((file) => file.replace(/^api\//, '')).sort();
const routeFile = (file: string) => path.join(API, /^(changes\.atom|map-shapes)\//.test(file) ? file : path.join('api', file));

describe('API routes and methods', () => {
  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThanOrEqual(13);
    expect(routes).toContain(path.join('claims', 'check', 'route.ts'));
    expect(routes).toContain(path.join('changes.atom', 'route.ts'));
  });

  it.each(routes)('%s answers or refuses every method', async (file) => {
    const route = (await import(routeFile(file))) as Record<string, unknown>;
    const handled = API_METHODS.filter((method) => typeof route[method] === 'function' && !isRefusal(route[method]));
    const answered = API_METHODS.filter((method) => handled.includes(method) || (method === 'HEAD' && handled.includes('GET')));
    expect(handled.length, 'a route with no handler of its own').toBeGreaterThan(0);
    // Next's own OPTIONS lists every method the route exports, refusals too.
    if (!file.startsWith('[...unknown]')) {
      const options = await (route.OPTIONS as (request: Request) => Response)(new Request('http://localhost/', { method: 'OPTIONS' }));
      expect(options.headers.get('allow')).toBe([...answered, 'OPTIONS'].join(', '));
    }
    for (const method of API_METHODS) {
      if (answered.includes(method)) continue;
      // Next runs GET for HEAD only where HEAD is not exported: anything else is Next's empty 405.
      expect(isRefusal(route[method]), `${method} is neither handled nor refused`).toBe(true);
      if (file.startsWith('[...unknown]')) continue;
      const response = await (route[method] as (request: Request) => Response)(new Request(`http://localhost/api/${path.dirname(file)}`, { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe(answered.join(', '));
    }
  });
});

describe('otherMethods', () => {
  it('names the address, the method and the methods to use', async () => {
    const { GET, DELETE } = otherMethods('POST');
    const response = GET(new Request('http://localhost/api/claims/check'));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ error: '/api/claims/check does not take GET requests: use POST.' });
    expect((await DELETE(new Request('http://localhost/api/claims/check', { method: 'DELETE' })).json()).error)
      .toBe('/api/claims/check does not take DELETE requests: use POST.');
  });

  it('counts HEAD as taken where GET is', async () => {
    const { PUT } = otherMethods('GET');
    const response = PUT(new Request('http://localhost/api/buildup', { method: 'PUT' }));
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect((await response.json()).error).toBe('/api/buildup does not take PUT requests: use GET or HEAD.');
    expect((await otherMethods('GET', 'PUT', 'DELETE').PATCH(new Request('http://localhost/api/claims/x', { method: 'PATCH' })).json()).error)
      .toBe('/api/claims/x does not take PATCH requests: use GET, HEAD, PUT or DELETE.');
  });
});
