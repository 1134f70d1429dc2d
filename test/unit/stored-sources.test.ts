import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storedSources, unstoredQuotes } from '@/store/stored-sources';

const dir = mkdtempSync(path.join(os.tmpdir(), 'stored-sources-'));
writeFileSync(path.join(dir, 'page.md'), 'Ukraine says Russia has\n  about 90,000 troops near the border, the minister said.');
writeFileSync(path.join(dir, 'notes.json'), 'A file of another kind is not a stored text: 175,000.');

describe('the stored source texts a published quote must stand in', () => {
  const stored = storedSources(dir)!;

  it('reads the .md and .txt files of the folder, and nothing where there is no folder', () => {
    expect(stored.texts).toHaveLength(1);
    expect(storedSources(path.join(dir, 'absent'))).toBeNull();
    expect(storedSources('')).toBeNull();
  });

  it('accepts words printed there (across line breaks, cut with an ellipsis) and names the quote and reading that are not', () => {
    expect(unstoredQuotes({ quote: 'Russia has about 90,000 troops near the border' }, stored)).toEqual([]);
    expect(unstoredQuotes({ quote: 'Ukraine says … about 90,000 troops' }, stored)).toEqual([]);
    const problems = unstoredQuotes({ quote: 'about 95,000 troops near the border', readings: [{ quote: 'the minister said.' }, { quote: 'up to 175,000' }] }, stored);
    expect(problems.map((p) => p.field)).toEqual(['quote', 'readings.1.quote']);
    expect(problems[0].message).toBe(`is not in the stored source texts (${path.basename(dir)}/): "about 95,000 troops near the border" was not found. Copy the words exactly as printed, marking cut words with …, or store the page's text there first`);
  });

  it('says back the start of a long paste and its length, not the whole of it', () => {
    const paste = `Pasted ${'word '.repeat(20_000)}`;
    const [problem] = unstoredQuotes({ quote: paste }, stored);
    expect(problem.message).toBe(`is not in the stored source texts (${path.basename(dir)}/): "${paste.slice(0, 120)}…" (100,006 characters) was not found. Copy the words exactly as printed, marking cut words with …, or store the page's text there first`);
  });
});
