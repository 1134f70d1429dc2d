/**
 * Where a page's server component leaves the first-paint SVG for FirstPaint's server render to pick up: both run
 * in one server process (Next renders the React payload and then the HTML from it), in separate module graphs, so
 * the slot lives on globalThis. In the browser it is empty.
 */
const SLOT = Symbol.for('buildup-map.first-paint');
type Slots = Map<string, string>;

function slots(): Slots {
  const holder = globalThis as { [SLOT]?: Slots };
  holder[SLOT] ??= new Map();
  return holder[SLOT];
}

/** Keeps the SVG under `key` (a data version and variant: the same key always holds the same SVG). */
export function putFirstPaint(key: string, svg: string): string {
  const all = slots();
  if (!all.has(key)) {
    // Only a few are kept: a new data version replaces the old. Enough for pinned embeds' old versions and dates
    // rendering at once, so a drawing is not dropped between its page putting it and the render taking it.
    if (all.size >= 32) all.delete(all.keys().next().value!);
    all.set(key, svg);
  }
  return key;
}

export const takeFirstPaint = (key: string): string => slots().get(key) ?? '';
