import { expect, test } from '@playwright/test';
import { waitForIdle } from './helpers';

const PAGES = ['/', '/?theme=dark', '/present', '/present/3', '/present/notes', '/embed', '/embed?theme=dark', '/changes', '/desk', '/no-such-page?theme=dark'];
/** Rendered once per data version for every viewer (replay-memo.mjs): hashes of their inline scripts, no nonce. */
const shared = (path: string) => !/notes|desk|no-such/.test(path);

for (const path of PAGES) {
  test(`${path} runs under its Content-Security-Policy with no violation`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(path);
    const policy = response!.headers()['content-security-policy'];
    expect(policy).toMatch(shared(path) ? /script-src 'self'( 'sha256-[A-Za-z0-9+/=]{44}')+;/ : /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic';/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain(path.startsWith('/embed') ? 'frame-ancestors *' : "frame-ancestors 'none'");
    expect(response!.headers()['x-content-type-options']).toBe('nosniff');
    expect(response!.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response!.headers()['permissions-policy']).toContain('camera=()');
    if (path.includes('notes')) await expect(page.locator('.notes')).toBeVisible();
    else if (path === '/desk') await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    else if (path === '/changes' || path.startsWith('/no-such')) await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    else await waitForIdle(page);
    expect(violations).toEqual([]);
  });
}

test('a reader page is the same bytes for every viewer, with an ETag of the data version and 304s; the desk gets a fresh nonce', async ({ request }) => {
  const [first, second] = [await request.get('/embed'), await request.get('/embed')];
  expect(await first.text()).toBe(await second.text());
  const { version } = await (await request.get('/api/buildup')).json();
  const etag = first.headers().etag;
  expect(etag).toMatch(new RegExp(`^"${version}-`));
  expect(first.headers()['cache-control']).toBe('public, max-age=0, s-maxage=1, stale-while-revalidate=2');
  expect((await request.get('/embed', { headers: { 'if-none-match': etag } })).status()).toBe(304);
  const nonce = async () => (await request.get('/desk')).headers()['content-security-policy'].match(/nonce-([^']+)/)![1];
  expect(await nonce()).not.toBe(await nonce());
});

test('API answers are data under a policy that runs nothing', async ({ request }) => {
  for (const path of ['/api/buildup', '/api/geo/countries', '/api/export?width=300&height=200&format=svg']) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).toBe("default-src 'none'; style-src 'unsafe-inline'; font-src data:; frame-ancestors 'none'");
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
});
