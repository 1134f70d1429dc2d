/** Greedy line breaking on spaces (and after slashes and dashes in long URLs) by measured width. */
import type { FontWeight } from './fonts';
import { textWidth } from './text-metrics';

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
    const chars = [...rest];
    let cut = 1;
    for (let i = 1; i <= chars.length; i++) {
      if (textWidth(chars.slice(0, i).join(''), style.size, style.weight) > maxWidth) break;
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

/**
 * Lines of at most `maxWidth` px. With `maxLines`, the last line kept ends in an ellipsis if text was left
 * over, so nothing ever runs past its box.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean).flatMap((w) => pieces(w, maxWidth, style));
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const candidate = line ? `${line} ${word}` : word;
    if (!line || textWidth(candidate, style.size, style.weight) <= maxWidth) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      lines[maxLines - 1] = ellipsize(`${lines[maxLines - 1]} ${words.slice(i).join(' ')}`, maxWidth, style);
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}
