/**
 * Whether a quote's words stand in a stored source text: after normalising whitespace, each part of the quote (cut
 * words are marked with an ellipsis, "..." or "…") is found in the same text, in order.
 */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The parts of a quote between its ellipses. */
export const quoteParts = (quote: string) => normalise(quote).split(/\s*(?:\.\.\.|…)\s*/).filter(Boolean);

/** The first part of `quote` that `text` does not hold (in order), or null when it holds them all. */
export function missingPart(quote: string, text: string): string | null {
  const haystack = normalise(text);
  let from = 0;
  for (const part of quoteParts(quote)) {
    const at = haystack.indexOf(part, from);
    if (at < 0) return part;
    from = at + part.length;
  }
  return null;
}

/** Quotation marks and apostrophes, curly or straight, as one: to tell an editor which it is when only they differ. */
const plainMarks = (text: string) => text.replace(/[“”„"]/g, '"').replace(/[‘’‚']/g, "'");

/**
 * What to tell an editor of a quote no text holds: the first part missing from the text that holds most of the quote
 * (its parts in order), and whether that part is there but before the parts ahead of it, or but for its quotation
 * marks or apostrophes. Measured by the
 * shortest missing part over all texts, a cut quote whose second part had a typo was told its first part, which is
 * word for word in timeline.md, was not found.
 */
export function bestMiss(quote: string, texts: readonly string[]): { part: string; marksDiffer: boolean; outOfOrder: boolean } | null {
  const parts = quoteParts(quote);
  let best: { found: number; part: string } | null = null;
  for (const text of texts) {
    const missing = missingPart(quote, text);
    if (missing === null) return null;
    const found = parts.indexOf(missing);
    if (!best || found > best.found) best = { found, part: missing };
  }
  const part = best?.part ?? parts[0];
  if (part === undefined) return null;
  // There word for word, only before the parts quoted ahead of it: the quote's order is wrong, not its marks (an
  // editor was told of quotation marks in words that had none).
  const outOfOrder = texts.some((text) => normalise(text).includes(part));
  return { part, outOfOrder, marksDiffer: !outOfOrder && texts.some((text) => plainMarks(normalise(text)).includes(plainMarks(part))) };
}

/** True when one of the texts holds every part of the quote, in order. */
export const quoteStandsIn = (quote: string, texts: readonly string[]) => texts.some((text) => missingPart(quote, text) === null);
