import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { webFont } from '@/geo/build/web-fonts';
import { EXPORT_FONT_FACES, FONT_DIR, fontFile } from '@/geo/render/svg-fonts';

const claimsText = readFileSync('geo/data/claims.json', 'utf8') + readFileSync('geo/data/scenes.json', 'utf8');

test.each(EXPORT_FONT_FACES)('public/fonts Inter %s %s is the subset `npm run geo` makes now, at most 14 KB', async (...face) => {
  const committed = readFileSync(path.join(FONT_DIR, fontFile(face)));
  expect(committed.equals(await webFont(face))).toBe(true);
  expect(committed.length).toBeLessThanOrEqual(14 * 1024);
});

test('the subset has every character of the data files', async () => {
  const { WEB_FONT_CHARACTERS } = await import('@/geo/build/web-fonts');
  const missing = [...new Set(claimsText)].filter((c) => c >= ' ' && !WEB_FONT_CHARACTERS.includes(c));
  expect(missing).toEqual([]);
});
