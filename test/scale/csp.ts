/**
 * The pages as browsers get them through the edge (the same bytes for every viewer, from the replay memo and the
 * edge's cache): Debian's Chromium loads each one and counts its Content-Security-Policy violations, and the policy
 * must hash the inline scripts (no nonce, which shared bytes cannot carry) and allow no inline or eval'd script.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../support/chromium';

export interface CspResult {
  path: string;
  status: number;
  /** securitypolicyviolation events in the page. */
  violations: string[];
  /** The console's own reports of a refused script, style or connection (should say the same as the events). */
  consoleReports: string[];
  hashes: number;
  problems: string[];
  ok: boolean;
}

declare global {
  interface Window { __cspViolations?: string[] }
}

/** What is wrong with a policy for shared pages, if anything. */
export function policyProblems(policy: string | undefined): { problems: string[]; hashes: number } {
  if (!policy) return { problems: ['no Content-Security-Policy header'], hashes: 0 };
  const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
  const problems: string[] = [];
  const hashes = (scriptSrc.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? []).length;
  if (!scriptSrc) problems.push('no script-src');
  if (/'nonce-/.test(policy)) problems.push('a nonce');
  if (hashes === 0) problems.push('no sha256 hash in script-src');
  if (/'unsafe-inline'/.test(scriptSrc)) problems.push("'unsafe-inline' in script-src");
  if (/'unsafe-eval'/.test(scriptSrc)) problems.push("'unsafe-eval' in script-src");
  return { problems, hashes };
}

export async function cspInBrowser(edge: string, paths: string[]): Promise<CspResult[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  const results: CspResult[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations!.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${event.sample ? ` (${event.sample.slice(0, 40)})` : ''}`);
        });
      });
      const consoleViolations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text().slice(0, 200));
      });
      const response = await page.goto(`${edge}${path}`, { waitUntil: 'load', timeout: 30_000 });
      // Scripts that load later (the map engine, its worker) run too: wait for the map, where the page has one.
      if (await page.locator('[data-testid=map]').count()) {
        await page.locator('[data-testid=map][data-map-state=idle], [data-testid=map][data-map-state=error], [data-testid=map][data-map-state=fallback]')
          .first().waitFor({ timeout: 30_000 }).catch(() => undefined);
      }
      await page.waitForTimeout(1000);
      const violations = await page.evaluate(() => window.__cspViolations ?? []);
      const { problems, hashes } = policyProblems(await response?.headerValue('content-security-policy') ?? undefined);
      const status = response?.status() ?? 0;
      if (status !== 200) problems.push(`status ${status}`);
      results.push({ path, status, violations, consoleReports: consoleViolations, hashes, problems, ok: violations.length === 0 && consoleViolations.length === 0 && problems.length === 0 });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
