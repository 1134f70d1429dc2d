/**
 * Where a page's server component leaves markup it rendered (the first-paint SVGs, the lists of claims) for
 * ServerMarkup's server render to pick up: both run in one server process (Next renders the React payload and then
 * the HTML from it), in separate module graphs, so the slots live on globalThis. In the browser they are empty.
 */
const SLOT = Symbol.for('buildup-map.markup-slots');
type Slots = Map<string, string>;

function slots(): Slots {
  const holder = globalThis as { [SLOT]?: Slots };
  holder[SLOT] ??= new Map();
  return holder[SLOT];
}

/** Keeps the markup under `key` (a data version and variant: the same key always holds the same markup). */
export function putMarkup(key: string, markup: string): string {
  const all = slots();
  if (!all.has(key)) {
    // Only a few are kept: a new data version replaces the old. Enough for pinned embeds' old versions and dates
    // rendering at once, so markup is not dropped between its page putting it and the render taking it.
    if (all.size >= 64) all.delete(all.keys().next().value!);
    all.set(key, markup);
  }
  return key;
}

export const takeMarkup = (key: string): string => slots().get(key) ?? '';
