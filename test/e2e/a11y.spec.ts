import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForIdle } from './helpers';

for (const theme of ['light', 'dark'] as const) {
  for (const path of ['/', '/present/1', '/embed']) {
    test(`axe finds no WCAG 2.2 AA violations on ${path} (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`${path}?theme=${theme}`);
      await waitForIdle(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  }
}

test('Tab reaches the controls, then the callouts in footnote order, each with a visible focus ring', async ({ page }) => {
  await page.goto('/');
  await waitForIdle(page);
  const visited: string[] = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '', callout: el.classList.contains('callout'), outline: style.outlineStyle };
    });
    if (info.callout) {
      visited.push(info.name.split(':')[0]);
      expect(info.outline, info.name).not.toBe('none');
    }
  }
  expect(visited.slice(0, 4)).toEqual(['Source 1', 'Source 2', 'Source 3', 'Source 4']);
});
