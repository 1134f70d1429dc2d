/** Greedy line breaking on spaces (and after slashes and dashes in long URLs) by measured width. */
import type { FontWeight } from './fonts';
import { emWidth, textWidth } from './text-metrics';

export interface TextStyle { size: number; weight?: FontWeight }

const ELLIPSIS = '…';

/** Cuts `text` to fit `maxWidth`, ending in an ellipsis when anything was cut. */
export function ellipsize(text: string, maxWidth: number, style: TextStyle): string {
  if (textWidth(text, style.size, style.weight) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0, hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS, style.size, style.weight) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/** Words, with over-long ones (URLs) split after `/`, `-`, `.` or, failing that, anywhere. */
function pieces(word: string, maxWidth: number, style: TextStyle): string[] {
  if (textWidth(word, style.size, style.weight) <= maxWidth) return [word];
  const out: string[] = [];
  let rest = word;
  while (rest && textWidth(rest, style.size, style.weight) > maxWidth) {
    // The longest head that fits, measured as it grows by a character (the sum textWidth makes of the whole head).
    const chars = [...rest];
    let cut = 1, em = 0;
    for (let i = 1; i <= chars.length; i++) {
      em = emWidth(chars[i - 1], style.weight, em);
      if (em * style.size > maxWidth) break;
      cut = i;
    }
    const head = chars.slice(0, cut).join('');
    const soft = Math.max(head.lastIndexOf('/'), head.lastIndexOf('-'), head.lastIndexOf('.'));
    const at = soft > head.length / 3 ? soft + 1 : head.length;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest) out.push(rest);
  return out;
}

/** A text's words and each one's width in ems. */
interface Words { words: string[]; ems: number[] }

const MEASURED_TEXTS = 4000;
/**
 * Words measured once per text and weight: a layout wraps the same source entries at a dozen panel widths while it
 * fits them, and measuring them character by character each time was a sixth of an SVG export. Inter's advances are
 * whole units of a 2048-unit em, so sums of them are exact in any order, and a line's width added up from its words
 * is the very number measuring the whole line gives.
 */
const measured = new Map<string, Words>();

function wordsOf(text: string, weight: TextStyle['weight']): Words {
  const key = `${weight ?? 400} ${text}`;
  let found = measured.get(key);
  if (!found) {
    const words = text.split(/\s+/).filter(Boolean);
    found = { words, ems: words.map((word) => emWidth(word, weight)) };
    // A bound, not a policy: a server's texts change only with the claims.
    if (measured.size >= MEASURED_TEXTS) measured.clear();
    measured.set(key, found);
  }
  return found;
}

/**
 * Lines of at most `maxWidth` px. With `maxLines`, the last line kept ends in an ellipsis if text was left
 * over, so nothing ever runs past its box.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle, maxLines = Infinity): string[] {
  const lines: string[] = [];
  const spaceEm = emWidth(' ', style.weight);
  // Over-long words (URLs) are split to the width; every other word keeps its measured width.
  const measuredWords = wordsOf(text, style.weight);
  const words: string[] = [];
  const ems: number[] = [];
  measuredWords.words.forEach((word, i) => {
    if (measuredWords.ems[i] * style.size <= maxWidth) {
      words.push(word);
      ems.push(measuredWords.ems[i]);
    } else {
      for (const piece of pieces(word, maxWidth, style)) {
        words.push(piece);
        ems.push(emWidth(piece, style.weight));
      }
    }
  });
  let line = '';
  // The line's width in ems, grown word by word: measuring each candidate line whole made wrapping a paragraph
  // quadratic, and a source list is wrapped hundreds of times while an export fits it.
  let lineEm = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const candidateEm = line ? lineEm + spaceEm + ems[i] : ems[i];
    if (!line || candidateEm * style.size <= maxWidth) {
      line = line ? `${line} ${word}` : word;
      lineEm = candidateEm;
      continue;
    }
    lines.push(line);
    line = word;
    lineEm = ems[i];
    if (lines.length === maxLines) {
      lines[maxLines - 1] = ellipsize(`${lines[maxLines - 1]} ${words.slice(i).join(' ')}`, maxWidth, style);
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}
