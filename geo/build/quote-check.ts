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

/** True when one of the texts holds every part of the quote, in order. */
export const quoteStandsIn = (quote: string, texts: readonly string[]) => texts.some((text) => missingPart(quote, text) === null);
