/**
 * The name in `names` that `typed` most likely meant, if it is a slip of the keyboard: the same name in other case, or
 * one or two letters off (one for names of four letters or fewer, none for one or two). Null when
 * none is that close: an unknown word is then taken for something else's (a cache-buster, a tracking tag).
 */
export function nearMiss(typed: string, names: readonly string[]): string | null {
  const word = typed.toLowerCase();
  let best: { name: string; distance: number } | null = null;
  for (const name of names) {
    if (name === typed) return null;
    const distance = name === word ? 0 : editDistance(word, name);
    // A one- or two-letter name ("v") only in other case: "t" and "_" are the usual cache-busters.
    const allowed = name.length <= 2 ? 0 : name.length <= 4 ? 1 : 2;
    if (distance <= allowed && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name ?? null;
}

/** Levenshtein distance, counting a swap of two neighbouring letters as one edit ("heigth" is one from "height"). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
