import { expect, test } from '@playwright/test';
import { waitForIdle } from './helpers';

const PAGES = ['/', '/?theme=dark', '/present', '/present/3', '/present/notes', '/embed', '/embed?theme=dark'];

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
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain(path.startsWith('/embed') ? 'frame-ancestors *' : "frame-ancestors 'none'");
    expect(response!.headers()['x-content-type-options']).toBe('nosniff');
    expect(response!.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response!.headers()['permissions-policy']).toContain('camera=()');
    if (!path.includes('notes')) await waitForIdle(page);
    else await expect(page.locator('.notes')).toBeVisible();
    expect(violations).toEqual([]);
  });
}

test('every page gets a fresh nonce', async ({ request }) => {
  const nonce = async () => (await request.get('/')).headers()['content-security-policy'].match(/nonce-([^']+)/)![1];
  expect(await nonce()).not.toBe(await nonce());
});

test('API answers are data under a policy that runs nothing', async ({ request }) => {
  for (const path of ['/api/buildup', '/api/geo/countries', '/api/export?width=300&height=200&format=svg']) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).toBe("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
});
