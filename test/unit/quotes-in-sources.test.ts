/**
 * Every claim's quote is words a source really printed: each one (and each further reading's) must be found, after
 * normalising whitespace, in the stored text of the page it cites in ../shared/sources/ (the seed article, the sources
 * README's excerpts, timeline.md's entries: geo/build/stored-pages.ts), with cut words marked by an ellipsis. BUILDUP_SOURCES_DIR points elsewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bestMiss, missingPart, quoteParts, quoteStandsIn } from '@/geo/build/quote-check';
import { pagesFor, storedPages } from '@/geo/build/stored-pages';
import { ClaimsFileSchema } from '@/geo/schema';

const SOURCES_DIR = process.env.BUILDUP_SOURCES_DIR ?? path.join(process.cwd(), '..', 'shared', 'sources');
const claims = ClaimsFileSchema.parse(JSON.parse(readFileSync('geo/data/claims.json', 'utf8'))).claims;

describe('the quotes', () => {
  it(`have their sources stored in ${SOURCES_DIR}`, () => {
    expect(existsSync(SOURCES_DIR), `${SOURCES_DIR} is missing: set BUILDUP_SOURCES_DIR`).toBe(true);
  });

  const pages = existsSync(SOURCES_DIR)
    ? storedPages(readdirSync(SOURCES_DIR).filter((name) => /\.(md|txt)$/.test(name)).map((name) => ({ name, text: readFileSync(path.join(SOURCES_DIR, name), 'utf8') })))
    : [];

  // In the stored text of the very page each cites: words anywhere in the folder (its notes included) once passed.
  const quotes = claims.flatMap((c) => [[c.id, c.quote, c.source.url], ...(c.readings ?? []).map((r, i) => [`${c.id} reading ${i + 1}`, r.quote, r.source.url])]);
  it.each(quotes)('%s: its quote is in the stored text of the page it cites', (id, quote, url) => {
    const texts = pagesFor(url, pages).map((page) => page.text);
    expect(texts.length, `claim "${id}": ${url} is not a page stored in ${SOURCES_DIR}`).toBeGreaterThan(0);
    expect(quoteStandsIn(quote, texts), `claim "${id}": not found in ${url}'s stored text: "${bestMiss(quote, texts)?.part}"`).toBe(true);
  });
});

describe('the check itself', () => {
  const text = 'Should \'Putin move in\' and invade Ukraine, the official added, \'there would be an increasing request\n from Eastern Flank allies.\'';

  it('finds words across line breaks, and the parts of a quote cut with an ellipsis, in order', () => {
    expect(quoteStandsIn("Should 'Putin move in' and invade Ukraine, ... 'there would be an increasing request from Eastern Flank allies.'", [text])).toBe(true);
    expect(quoteParts('a ... b … c')).toEqual(['a', 'b', 'c']);
  });

  it('refuses a changed word, a changed number and parts out of order', () => {
    expect(missingPart("Should 'Putin move in' and invade Russia", text)).toBe("Should 'Putin move in' and invade Russia");
    expect(quoteStandsIn('more than 91,000 Russian troops', ['more than 90,000 Russian troops'])).toBe(false);
    expect(quoteStandsIn("'there would be ... Should 'Putin move in'", [text])).toBe(false);
  });

  it('names the part that is missing from the text holding most of the quote, and quotation marks that differ', () => {
    const other = 'A page about something else: Should the world clearly see it?';
    // The review's slip: the first part is word for word in a stored text, the second has a typo. The first part
    // was named, as the shortest part missing from any text (the other text lacks it).
    expect(bestMiss("Should 'Putin move in' … 'there would be an increasing request from Eastern Flank partners.'", [other, text]))
      .toEqual({ part: "'there would be an increasing request from Eastern Flank partners.'", marksDiffer: false, outOfOrder: false });
    expect(bestMiss('Should ‘Putin move in’ and invade Ukraine', [other, text])).toEqual({ part: 'Should ‘Putin move in’ and invade Ukraine', marksDiffer: true, outOfOrder: false });
    expect(bestMiss("Should 'Putin move in' and invade Ukraine", [text])).toBeNull();
    // Parts in another order than printed: said as the order, not as marks (a review's quote had none to differ).
    expect(bestMiss("'there would be an increasing request … Should 'Putin move in'", [text])).toEqual({ part: "Should 'Putin move in'", marksDiffer: false, outOfOrder: true });
  });
});
