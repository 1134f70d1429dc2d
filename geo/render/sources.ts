/**
 * The numbered source list of what the image shows, in footnote order; whatever does not fit the space is counted
 * in a last line pointing at the permalink, where every source is listed. What is left out is what was said
 * earliest: the newest figures are what the picture is as of, and cutting the list from its end left the largest
 * numbers on the map (169,000–190,000, 147,000) without their sources. Entries run down one column and then
 * the next. Where the entries whole leave some out, they are written shorter when that lists more of them (SourceForm:
 * without the pages' titles, then with the claimants' names alone; a square card listed one source of the nine its
 * map numbers).
 */
import type { NumberedClaim } from '../buildup';
import { type Block, firstBaseline, text } from './block';
import { type ScopeWords, type SourceForm, sourceText } from './format';
import type { Palette } from './palette';
import { wrapText } from './wrap-text';

export const moreText = (n: number, permalink: string) => `+${n} more at ${permalink}`;

export interface SourcesBlock extends Block { shown: NumberedClaim[] }

/** An entry (its claim), the "+N more" line (none), or a run-in paragraph of entries (`claims`). */
interface Piece { claim: NumberedClaim | null; claims?: NumberedClaim[]; lines: string[]; height: number }
interface Placed extends Piece { column: number; top: number }

export interface SourceList {
  /**
   * The block listing as many entries as fit in `maxHeight` (at most `maxEntries`); written shorter (SourceForm) when
   * that lists more, unless `whole` (a layout that can still make room first).
   */
  fit(maxHeight: number, maxEntries?: number, whole?: boolean): SourcesBlock;
  /**
   * The height the first `count` entries need, written in `form`, when the columns are balanced; 'run-in': short, in
   * one paragraph (the last resort of fit()).
   */
  natural(count?: number, form?: SourceForm | 'run-in'): number;
}

/** The claims a list of `count` keeps, in the list's own order, and each one's text written knowing those before it. */
interface Listing { kept: NumberedClaim[]; textAt(i: number): string }

/**
 * Listings by claims list, count and form. A layout tries a list at a dozen widths and the texts are the same at
 * each; each text is written only when a placement reaches it, and a placement stops at the first entry that
 * overflows: writing every entry of every count tried was most of an export's layout time.
 */
const listings = new WeakMap<readonly NumberedClaim[], Map<string, Listing>>();

function listing(claims: readonly NumberedClaim[], count: number, form: SourceForm): Listing {
  let byKey = listings.get(claims);
  if (!byKey) listings.set(claims, (byKey = new Map()));
  const key = `${count} ${form}`;
  let found = byKey.get(key);
  if (!found) {
    // Newest said first (then the later footnote): the first `count` of these are the ones a short list keeps.
    const keep = new Set([...claims].sort((a, b) => b.saidOn.localeCompare(a.saidOn) || b.footnote - a.footnote).slice(0, count));
    const kept = claims.filter((claim) => keep.has(claim));
    const texts: string[] = [];
    found = { kept, textAt: (i) => (texts[i] ??= sourceText(kept[i], kept.slice(0, i), form)) };
    byKey.set(key, found);
  }
  return found;
}

/** `heading`: the list's heading, with the date the picture is as of (the footer's small type hid it from a feed). */
export function sourceList(claims: NumberedClaim[], width: number, columns: number, u: number, palette: Palette, permalink: string, heading = 'Sources'): SourceList {
  const headSize = 0.95 * u, headLH = headSize * 1.4;
  const size = 0.85 * u, lh = size * 1.3, entryGap = 0.35 * u, numW = 1.8 * u, colGap = 1.5 * u;
  const colW = (width - (columns - 1) * colGap) / columns;
  // An entry's text is the same for most of the counts and forms tried while fitting: wrap each text once.
  const wrappedEntries = new Map<string, string[]>();
  const wrapEntry = (entry: string) => {
    let lines = wrappedEntries.get(entry);
    if (!lines) wrappedEntries.set(entry, (lines = wrapText(entry, colW - numW, { size })));
    return lines;
  };
  /** The `count` claims said last, in the list's own order, each piece wrapped when first asked for. */
  const pieceLists = new Map<string, Piece[]>();
  const entriesOf = (count: number, form: SourceForm = 'whole') => {
    const { kept, textAt } = listing(claims, count, form);
    const key = `${count} ${form}`;
    let pieces = pieceLists.get(key);
    if (!pieces) pieceLists.set(key, (pieces = []));
    const list = pieces;
    const at = (i: number): Piece => {
      if (!list[i]) {
        const lines = wrapEntry(textAt(i));
        list[i] = { claim: kept[i], lines, height: lines.length * lh + entryGap };
      }
      return list[i];
    };
    return { length: kept.length, at };
  };
  const total = claims.length;
  const mores = new Map<number, Piece[]>();
  const more = (n: number): Piece[] => {
    if (n === 0) return [];
    let pieces = mores.get(n);
    if (!pieces) {
      const lines = wrapText(moreText(n, permalink), colW, { size });
      mores.set(n, (pieces = [{ claim: null, lines, height: lines.length * lh }]));
    }
    return pieces;
  };

  /** Column-major placement of the first `count` entries and the "more" line, or null if they overflow. */
  function place(count: number, maxHeight: number, form: SourceForm = 'whole'): Placed[] | null {
    const entries = entriesOf(count, form);
    const placed: Placed[] = [];
    let column = 0, top = headLH;
    // Half a pixel of slack: natural() measures a packing, and the same packing must fit that measure again.
    const fits = (piece: Piece) => top + piece.height <= maxHeight + 0.5;
    /** Places the piece, or says the list overflows. */
    const put = (piece: Piece): boolean => {
      if (!fits(piece) && top > headLH) {
        column++;
        top = headLH;
      }
      if (column >= columns || !fits(piece)) return false;
      placed.push({ ...piece, column, top });
      top += piece.height;
      return true;
    };
    for (let i = 0; i < entries.length; i++) if (!put(entries.at(i))) return null;
    for (const piece of more(total - count)) if (!put(piece)) return null;
    return placed;
  }

  /**
   * The last resort of a list short of room: the first `count` entries, short, run into one paragraph across the whole
   * width ("[33] 169,000 to 190,000 troops: Michael Carpenter. sas24news, … [35] …"), which wastes no line's end.
   */
  function runIn(count: number, maxHeight: number, scopeIn: ScopeWords = 'whole'): Placed[] | null {
    const { kept } = listing(claims, count, 'short');
    const words = kept.map((claim, i) => `[${claim.footnote}] ${sourceText(claim, kept.slice(0, i), 'short', scopeIn)}`);
    const lines = wrapText(words.join(' '), width, { size });
    const paragraph = { claim: null, claims: kept, lines, height: lines.length * lh + entryGap, column: 0, top: headLH };
    // The count of the rest stands on a line of its own, as under the columns.
    const rest = count < total ? wrapText(moreText(total - count, permalink), width, { size }) : [];
    const placed: Placed[] = [paragraph, ...(rest.length ? [{ claim: null, lines: rest, height: rest.length * lh, column: 0, top: headLH + paragraph.height }] : [])];
    return heightOf(placed) <= maxHeight + 0.5 ? placed : null;
  }

  const heightOf = (placed: Placed[]) => Math.max(headLH, ...placed.map((p) => p.top + p.height));

  return {
    natural(count = total, form = 'whole') {
      if (total === 0) return 0;
      // The least a run-in list needs (with the few words), as a layout deciding whether it fits asks.
      if (form === 'run-in') return heightOf(runIn(count, Infinity, 'few words') ?? []);
      const whole = entriesOf(total);
      let lo = 0, hi = headLH + Array.from({ length: total }, (_, i) => whole.at(i).height).reduce((a, h) => a + h, 0) + lh * 4;
      for (let i = 0; i < 24; i++) {
        const mid = (lo + hi) / 2;
        if (place(count, mid, form)) hi = mid;
        else lo = mid;
      }
      return heightOf(place(count, hi, form) ?? []);
    },
    fit(maxHeight, maxEntries = Infinity, whole = false) {
      // Nothing sourced in view (a small image zoomed in away from every figure): no heading over an empty list.
      if (total === 0) return { height: 0, shown: [], draw: () => '' };
      const most = Math.min(total, maxEntries);
      const largest = (form: SourceForm) => {
        for (let count = most; count >= 0; count--) {
          const placed = place(count, maxHeight, form);
          if (placed) return { count, placed };
        }
        return null;
      };
      // The fullest form that lists the most: a shorter one only where it lists more.
      let best = largest('whole');
      for (const form of whole ? [] : (['brief', 'short'] as const)) {
        if (best?.count === most) break;
        const shorter = largest(form);
        if (shorter && (!best || shorter.count > best.count)) best = shorter;
      }
      // Each scope whole where that fits as many; else the chart's few words, when they list more (a square card listed
      // seven of its ten with every scope whole, all ten with the few words).
      for (let count = most; !whole && count > (best?.count ?? -1); count--) {
        const placed = runIn(count, maxHeight) ?? runIn(count, maxHeight, 'few words');
        if (placed) {
          best = { count, placed };
          break;
        }
      }
      return best ? draw(best.placed, heightOf(best.placed)) : { height: 0, shown: [], draw: () => '' };
    },
  };

  function draw(placed: Placed[], height: number): SourcesBlock {
    return {
      height,
      shown: placed.flatMap((p) => (p.claim ? [p.claim] : p.claims ?? [])),
      draw(x, y) {
        const out = [text(x, firstBaseline(y, headSize, headLH), heading, { size: headSize, weight: 600, colour: 'text' }, palette)];
        for (const p of placed) {
          const left = x + p.column * (colW + colGap);
          const baseline = (i: number) => firstBaseline(y + p.top + i * lh, size, lh);
          if (p.claim) {
            out.push(text(left, baseline(0), String(p.claim.footnote), { size, weight: 700, colour: 'text' }, palette));
            p.lines.forEach((line, i) => out.push(text(left + numW, baseline(i), line, { size, colour: 'text' }, palette)));
          } else if (p.claims) {
            p.lines.forEach((line, i) => out.push(text(left, baseline(i), line, { size, colour: 'text' }, palette)));
          } else {
            p.lines.forEach((line, i) => out.push(text(left, baseline(i), line, { size, weight: 600, colour: 'accent' }, palette)));
          }
        }
        return `<g id="sources">${out.join('')}</g>`;
      },
    };
  }
}
