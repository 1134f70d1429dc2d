import 'server-only';
/**
 * The stored source texts a published quote must stand in, word for word (the rule `test/unit/quotes-in-sources.test.ts`
 * holds the data files to): the `.md` and `.txt` files of BUILDUP_SOURCES_DIR, else of `../shared/sources` beside the
 * app. Read at every check, so a page stored while the desk is open counts at once (the folder is a few pages).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bestMiss, quoteStandsIn } from '@/geo/build/quote-check';
import type { FieldError } from './validate';

export interface StoredSources { dir: string; texts: string[] }

/** The texts, or null where there is no such folder (a deployment that stores none: quotes are then not checked). */
export function storedSources(dir = process.env.BUILDUP_SOURCES_DIR ?? path.join(process.cwd(), '..', 'shared', 'sources')): StoredSources | null {
  if (!dir || !existsSync(dir)) return null;
  const texts = readdirSync(dir).filter((name) => /\.(md|txt)$/.test(name)).map((name) => readFileSync(path.join(dir, name), 'utf8'));
  return { dir, texts };
}

/** Words said back in a message: a paste of a whole page was said back whole, twice (40,000 characters of summary). */
function shortQuote(words: string): string {
  const MAX = 160;
  return words.length <= MAX ? `"${words}"` : `"${words.slice(0, MAX - 40)}…" (${words.length.toLocaleString('en-US')} characters)`;
}

/** The claim's quote, and each further reading's, that no stored text holds: named by field, with the words missing. */
export function unstoredQuotes(claim: { quote: string; readings?: readonly { quote: string }[] }, stored: StoredSources): FieldError[] {
  const quotes: [string, string][] = [['quote', claim.quote], ...(claim.readings ?? []).map((r, i): [string, string] => [`readings.${i}.quote`, r.quote])];
  return quotes.filter(([, quote]) => !quoteStandsIn(quote, stored.texts)).map(([field, quote]) => {
    const miss = bestMiss(quote, stored.texts) ?? { part: quote, marksDiffer: false };
    const marks = miss.marksDiffer ? ' as typed: the stored text has these words with other quotation marks or apostrophes (curly “ ” ’ or straight " \')' : '';
    return {
      field,
      message: `is not in the stored source texts (${path.basename(stored.dir)}/): ${shortQuote(miss.part)} was not found${marks}. Copy the words exactly as printed, marking cut words with …, or store the page's text there first`,
    };
  });
}
