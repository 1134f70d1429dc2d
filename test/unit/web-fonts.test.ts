import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { WEB_FONT_DIR, WEB_FONT_WEIGHTS, webFont, webFontFile } from '@/geo/build/web-fonts';

const claimsText = readFileSync('geo/data/claims.json', 'utf8') + readFileSync('geo/data/scenes.json', 'utf8');

test.each(WEB_FONT_WEIGHTS)('public/fonts Inter %s is the subset `npm run geo` makes now, at most 14 KB', async (weight) => {
  const committed = readFileSync(path.join(WEB_FONT_DIR, webFontFile(weight)));
  expect(committed.equals(await webFont(weight))).toBe(true);
  expect(committed.length).toBeLessThanOrEqual(14 * 1024);
});

test('the subset has every character of the data files', async () => {
  const { WEB_FONT_CHARACTERS } = await import('@/geo/build/web-fonts');
  const missing = [...new Set(claimsText)].filter((c) => c >= ' ' && !WEB_FONT_CHARACTERS.includes(c));
  expect(missing).toEqual([]);
});
