import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storedPages } from '@/geo/build/stored-pages';
import { storedSources, unstoredQuotes } from '@/store/stored-sources';

const MINISTRY = 'https://www.example.org/ministry-90k';
const AGENCY = 'https://agency.example/115k';
const SEED = 'https://republisher.example/seed-article';

const TIMELINE = `# Sources over time

### ministry-90k
- figure: 90000 (about)
- url: ${MINISTRY}
- quote: "Ukraine says Russia has
  about 90,000 troops near the border, the minister said."
- context: "The ministry did not say how it counted."

### agency-115k
- url: ${AGENCY}
- quote: "about 115,000-strong land contingent"

## Notes
- The agency's 115,000 is a land-only count that includes Belarus.
`;
const README = `# Sources

## Primary source
\`seed.txt\` in this folder: the full text as read.
- Read at: ${SEED}

## Other reporting
- The Daily, 3 December 2021 (${'https://daily.example/report'}):
  "officials put the number at 70,000" and "predicted a higher buildup".
  Note that outlets differ: keep each outlet's own number.
`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'stored-sources-'));
writeFileSync(path.join(dir, 'timeline.md'), TIMELINE);
writeFileSync(path.join(dir, 'README.md'), README);
writeFileSync(path.join(dir, 'seed.txt'), 'The seed article says the buildup could reach 175,000 troops.');
writeFileSync(path.join(dir, 'unaddressed.txt'), 'A page stored without its address: nearly 5,000 troops.');
writeFileSync(path.join(dir, 'notes.json'), 'A file of another kind is not a stored text: 175,000.');

describe('the stored pages: the words each page printed, with its address', () => {
  const pages = storedPages([{ name: 'timeline.md', text: TIMELINE }, { name: 'README.md', text: README }, { name: 'seed.txt', text: 'x' }]);

  it('reads an entry\'s quote, context and covers under its url, a bullet\'s quoted words under its address, and a .txt under its "Read at:"', () => {
    expect(pages.map((p) => p.url)).toEqual([MINISTRY, AGENCY, 'https://daily.example/report', SEED]);
    expect(pages[0].text).toContain('The ministry did not say how it counted.');
    expect(pages[2].text).toBe('officials put the number at 70,000\npredicted a higher buildup');
  });

  it('holds none of the archive\'s own words: notes, headings, field names, a bullet\'s words outside its quotation marks', () => {
    const all = pages.map((p) => p.text).join('\n');
    for (const note of ['land-only count', 'Sources over time', 'figure: 90000', 'keep each outlet', 'Primary source']) expect(all).not.toContain(note);
  });
});

describe('a quote stands in the stored text of the page it cites', () => {
  const stored = storedSources(dir)!;

  it('reads the .md and .txt files of the folder, and nothing where there is no folder', () => {
    expect(new Set(stored.pages.map((p) => p.file))).toEqual(new Set(['timeline.md', 'README.md', 'seed.txt', 'unaddressed.txt']));
    expect(storedSources(path.join(dir, 'absent'))).toBeNull();
    expect(storedSources('')).toBeNull();
  });

  it('accepts words its page printed (across line breaks, cut with an ellipsis, its address written another way)', () => {
    expect(unstoredQuotes({ quote: 'Russia has about 90,000 troops near the border', url: MINISTRY }, stored)).toEqual([]);
    expect(unstoredQuotes({ quote: 'Ukraine says … about 90,000 troops', url: 'http://example.org:80/ministry-90k/' }, stored)).toEqual([]);
    expect(unstoredQuotes({ quote: 'could reach 175,000 troops', url: SEED }, stored)).toEqual([]);
    // A page stored without its address vouches for its words under any.
    expect(unstoredQuotes({ quote: 'nearly 5,000 troops', url: 'https://anywhere.example/' }, stored)).toEqual([]);
  });

  it('refuses the archive\'s notes as a page\'s words (they were published as Ukrinform\'s)', () => {
    const [problem] = unstoredQuotes({ quote: 'The agency\'s 115,000 is a land-only count that includes Belarus.', url: AGENCY }, stored);
    expect(problem).toEqual({ field: 'quote', message: `is not in the stored text of the page cited (${path.basename(dir)}/): "The agency's 115,000 is a land-only count that includes Belarus." was not found. Copy the words exactly as printed, marking cut words with …, or store the page's text there first` });
  });

  it('refuses one page\'s words under another\'s address, and an address no page is stored from', () => {
    expect(unstoredQuotes({ quote: 'about 115,000-strong land contingent', url: MINISTRY }, stored)).toEqual([
      { field: 'quote', message: `is not in the stored text of the page cited (${MINISTRY}): these words are stored from ${AGENCY}. Cite the page that printed them` },
    ]);
    expect(unstoredQuotes({ quote: 'about 115,000-strong land contingent', url: 'https://example.com/not-a-stored-page' }, stored)).toEqual([
      { field: 'quote', message: `is not in the stored text of the page cited (https://example.com/not-a-stored-page): these words are stored from ${AGENCY}. Cite the page that printed them` },
    ]);
    // (A page of no known address is checked, and holds no such words.)
    expect(unstoredQuotes({ quote: 'words from nowhere', url: 'https://example.com/not-a-stored-page' }, stored)[0].message).toMatch(/^is not in the stored text of the page cited/);
    const addressed = { ...stored, pages: stored.pages.filter((page) => page.url !== null) };
    const [unknown] = unstoredQuotes({ quote: 'words from nowhere', url: 'https://example.com/not-a-stored-page' }, addressed);
    expect(unknown.message).toBe(`cannot be checked: https://example.com/not-a-stored-page is not a page stored in ${path.basename(dir)}/. Quote a stored page, or store the page's text (its address and the words it printed) in ${path.basename(dir)}/ first`);
  });

  it('names the quote and the reading that are not, each against its own page', () => {
    const problems = unstoredQuotes({
      quote: 'about 95,000 troops near the border', url: MINISTRY,
      readings: [{ quote: 'the minister said.', url: MINISTRY }, { quote: 'officials put the number at 70,000', url: MINISTRY }],
    }, stored);
    expect(problems.map((p) => p.field)).toEqual(['quote', 'readings.1.quote']);
    expect(problems[0].message).toBe(`is not in the stored text of the page cited (${path.basename(dir)}/): "about 95,000 troops near the border" was not found. Copy the words exactly as printed, marking cut words with …, or store the page's text there first`);
  });

  it('says a quote whose parts are in another order than printed so, not that its quotation marks differ', () => {
    const [problem] = unstoredQuotes({ quote: 'about 90,000 troops … Russia has', url: MINISTRY }, stored);
    expect(problem.message).toMatch(/^is not in the stored text of the page cited \([^)]+\/\): "Russia has" was not found after the words quoted before it: the page prints them earlier\. Quote the parts in the order the page prints them\. /);
  });

  it('names an invisible character pasted into the words, and the words before it', () => {
    const [problem] = unstoredQuotes({ quote: 'Russia has about\u200b 90,000 troops', url: MINISTRY }, stored);
    expect(problem.message).toMatch(/was not found: it holds an invisible character \(U\+200B\) after "Russia has about", which the page does not print there\. Delete it \(retype the words around it\)\. Copy the words exactly as printed/);
    const [first] = unstoredQuotes({ quote: '\u200dRussia has about 90,000 troops', url: MINISTRY }, stored);
    expect(first.message).toMatch(/it holds an invisible character \(U\+200D\) at its start, /);
    const [hyphen] = unstoredQuotes({ quote: 'Russia has about 90,000 tro\u00adops', url: MINISTRY }, stored);
    expect(hyphen.message).toMatch(/it holds an invisible character \(U\+00AD\) after "about 90,000 tro", /);
  });

  it('says back the start of a long paste and its length, not the whole of it', () => {
    const paste = `Pasted ${'word '.repeat(20_000)}`;
    const [problem] = unstoredQuotes({ quote: paste, url: MINISTRY }, stored);
    expect(problem.message).toBe(`is not in the stored text of the page cited (${path.basename(dir)}/): "${paste.slice(0, 120)}…" (100,006 characters) was not found. Copy the words exactly as printed, marking cut words with …, or store the page's text there first`);
  });
});
