import 'server-only';
/**
 * The stored source texts a published quote must stand in, word for word (the rule `test/unit/quotes-in-sources.test.ts`
 * holds the data files to): the `.md` and `.txt` files of BUILDUP_SOURCES_DIR, else of `../shared/sources` beside the
 * app. Read at every check, so a page stored while the desk is open counts at once (the folder is a few pages).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bestMiss, quoteStandsIn } from '@/geo/build/quote-check';
import { comparableUrl, pagesFor, type StoredPage, storedPages } from '@/geo/build/stored-pages';
import type { FieldError } from './validate';

export interface StoredSources { dir: string; pages: StoredPage[] }

/** The texts, or null where there is no such folder (a deployment that stores none: quotes are then not checked). */
// Read at run time, never part of the build: turbopackIgnore keeps Turbopack from tracing the whole project into the
// server's output because of these paths (its build warned so, four times).
export function storedSources(dir = process.env.BUILDUP_SOURCES_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), '..', 'shared', 'sources')): StoredSources | null {
  if (!dir || !existsSync(/* turbopackIgnore: true */ dir)) return null;
  const files = readdirSync(/* turbopackIgnore: true */ dir).filter((name) => /\.(md|txt)$/.test(name))
    .map((name) => ({ name, text: readFileSync(/* turbopackIgnore: true */ path.join(dir, name), 'utf8') }));
  return { dir, pages: storedPages(files) };
}

/** Words said back in a message: a paste of a whole page was said back whole, twice (40,000 characters of summary). */
function shortQuote(words: string): string {
  const MAX = 160;
  return words.length <= MAX ? `"${words}"` : `"${words.slice(0, MAX - 40)}…" (${words.length.toLocaleString('en-US')} characters)`;
}

/**
 * The first invisible character in the words (Unicode's format characters: a zero-width space or joiner, a soft hyphen,
 * a byte-order mark), named with the words before it. A copy from a web page or a chat brings them; the quote then
 * looks exactly like the page's words and was only said "not found".
 */
function invisibleIn(words: string): string | null {
  const found = /\p{Cf}/u.exec(words);
  if (!found) return null;
  const code = `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const before = words.slice(0, found.index).trimEnd().split(/\s+/).slice(-3).join(' ');
  return `it holds an invisible character (${code}) ${before ? `after "${before}"` : 'at its start'}`;
}

interface Quoted { field: string; quote: string; url: string }

/** What is wrong with one quote and the page it cites, or null when the page's stored text holds it. */
function quoteProblem({ field, quote, url }: Quoted, stored: StoredSources): FieldError | null {
  const folder = `${path.basename(stored.dir)}/`;
  const cited = url.trim() ? pagesFor(url, stored.pages) : [];
  if (quoteStandsIn(quote, cited.map((page) => page.text))) return null;
  const elsewhere = stored.pages.find((page) => page.url !== null && quoteStandsIn(quote, [page.text]));
  if (elsewhere && url.trim() && comparableUrl(elsewhere.url!) !== comparableUrl(url)) {
    return { field, message: `is not in the stored text of the page cited (${url}): these words are stored from ${elsewhere.url}. Cite the page that printed them` };
  }
  if (cited.length === 0) {
    const known = url.trim() ? `${url} is not a page stored in ${folder}` : 'the source has no address';
    return { field, message: `cannot be checked: ${known}. Quote a stored page, or store the page's text (its address and the words it printed) in ${folder} first` };
  }
  const texts = (cited.length ? cited : stored.pages).map((page) => page.text);
  const miss = bestMiss(quote, texts) ?? { part: quote, marksDiffer: false, outOfOrder: false };
  const invisible = invisibleIn(miss.part);
  const marks = miss.outOfOrder ? ' after the words quoted before it: the page prints them earlier. Quote the parts in the order the page prints them'
    : invisible ? `: ${invisible}, which the page does not print there. Delete it (retype the words around it)`
      : miss.marksDiffer ? ' as typed: the stored text has these words with other quotation marks or apostrophes (curly “ ” ’ or straight " \')' : '';
  return {
    field,
    message: `is not in the stored text of the page cited (${folder}): ${shortQuote(miss.part)} was not found${marks}. Copy the words exactly as printed, marking cut words with …, or store the page's text there first`,
  };
}

/**
 * The claim's quote, and each further reading's, that the stored text of the page it cites does not hold: named by
 * field, with the words missing. The archive's own notes are no page's words (geo/build/stored-pages.ts).
 */
export function unstoredQuotes(claim: { quote: string; url: string; readings?: readonly { quote: string; url: string }[] }, stored: StoredSources): FieldError[] {
  const quotes: Quoted[] = [{ field: 'quote', quote: claim.quote, url: claim.url }, ...(claim.readings ?? []).map((r, i) => ({ field: `readings.${i}.quote`, quote: r.quote, url: r.url }))];
  return quotes.map((q) => quoteProblem(q, stored)).filter((p): p is FieldError => p !== null);
}
