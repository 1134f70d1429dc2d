/** scripts/precompress.mjs: the .gz and .br copies beside the files served as they are, never stale. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { precompress } from '@/scripts/precompress.mjs';

let folder = '';
afterEach(() => rmSync(folder, { recursive: true, force: true }));

test('writes copies of a file of 1 KB or more that decompress to the file, and none of a smaller one', () => {
  folder = mkdtempSync(path.join(tmpdir(), 'precompress-'));
  const big = 'const figures = [90000, 175000, 190000];\n'.repeat(60);
  writeFileSync(path.join(folder, 'big.js'), big);
  writeFileSync(path.join(folder, 'small.js'), 'ok();\n');
  expect(precompress([folder])).toMatchObject({ written: 2, removed: 0 });
  expect(gunzipSync(readFileSync(path.join(folder, 'big.js.gz'))).toString()).toBe(big);
  expect(brotliDecompressSync(readFileSync(path.join(folder, 'big.js.br'))).toString()).toBe(big);
  expect(existsSync(path.join(folder, 'small.js.gz'))).toBe(false);
});

test('removes the copies of a file that has shrunk under 1 KB: a server would send them for the new file', () => {
  folder = mkdtempSync(path.join(tmpdir(), 'precompress-'));
  const file = path.join(folder, 'loader.js');
  writeFileSync(file, `/* ${'a long comment '.repeat(100)} */\nload();\n`);
  precompress([folder]);
  expect(existsSync(`${file}.gz`)).toBe(true);
  writeFileSync(file, 'load();\n');
  expect(precompress([folder])).toMatchObject({ written: 0, removed: 2 });
  expect(existsSync(`${file}.gz`)).toBe(false);
  expect(existsSync(`${file}.br`)).toBe(false);
});
