import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { sourceText } from '@/geo/render/format';
import { emWidth, textWidth } from '@/geo/render/text-metrics';
import { wrapText, type TextStyle } from '@/geo/render/wrap-text';

/**
 * Line breaking as it was written first: each candidate line measured whole. wrapText now carries a line's width on
 * word by word; its lines must be these, to the character, or every export's layout moves.
 */
function wrapMeasuringWholeLines(text: string, maxWidth: number, style: TextStyle): string[] {
  const fits = (s: string) => textWidth(s, style.size, style.weight) <= maxWidth;
  const pieces = (word: string): string[] => {
    if (fits(word)) return [word];
    const out: string[] = [];
    let rest = word;
    while (rest && !fits(rest)) {
      const chars = [...rest];
      let cut = 1;
      for (let i = 1; i <= chars.length && fits(chars.slice(0, i).join('')); i++) cut = i;
      const head = chars.slice(0, cut).join('');
      const soft = Math.max(head.lastIndexOf('/'), head.lastIndexOf('-'), head.lastIndexOf('.'));
      const at = soft > head.length / 3 ? soft + 1 : head.length;
      out.push(rest.slice(0, at));
      rest = rest.slice(at);
    }
    if (rest) out.push(rest);
    return out;
  };
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean).flatMap(pieces)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || fits(candidate)) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

describe('wrapText', () => {
  const { claims } = loadBuildup();
  const texts = claims.map((claim, i) => sourceText(claim, claims.slice(0, i)));
  const url = 'https://www.example.com/news/2022/02/18/a-very-long-address-with-dashes-and.dots/that-never-fits/';

  it('breaks every source line of the story as measuring each whole line did, at widths from 40 to 900 px', () => {
    let compared = 0;
    for (const text of [...texts, url, `see ${url} and ${url}`]) {
      for (const width of [40, 73.5, 120, 211, 333.3, 480, 900]) {
        for (const style of [{ size: 11 }, { size: 17.6, weight: 600 as const }]) {
          expect(wrapText(text, width, style), `${width} px: ${text}`).toEqual(wrapMeasuringWholeLines(text, width, style));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('wraps a text measured once at another width and weight as measuring it afresh does', () => {
    // wrapText keeps each text's word widths between calls: a layout wraps one entry at a dozen widths.
    const text = texts[texts.length - 1];
    const first = wrapText(text, 480, { size: 11 });
    expect(wrapText(text, 211, { size: 17.6, weight: 600 })).toEqual(wrapMeasuringWholeLines(text, 211, { size: 17.6, weight: 600 }));
    expect(wrapText(text, 480, { size: 11 })).toEqual(first);
    expect(first).toEqual(wrapMeasuringWholeLines(text, 480, { size: 11 }));
  });

  it('keeps to maxLines, the last line ending in an ellipsis that fits', () => {
    const lines = wrapText(texts[0], 150, { size: 12 }, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(textWidth(lines[1], 12)).toBeLessThanOrEqual(150);
  });
});

describe('emWidth', () => {
  it('measures in whole units of a 2048-unit em, so that widths added up in any order are the same number', () => {
    // wrapText adds a line's width up from its words' widths, measured once: exact only while every advance is a
    // whole number of font units over a power of two. A font with 2816 units to the em would break the equality.
    const characters = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;–—’“”()/-+%€$'];
    for (const weight of [400, 600, 700] as const) {
      for (const ch of characters) expect(Number.isInteger(emWidth(ch, weight) * 2048), `${ch} at ${weight}`).toBe(true);
    }
  });

  it('carries a width on to exactly what the whole text measures', () => {
    const line = 'about 90,000 troops:';
    expect(emWidth(' Ukrainian officials.', 400, emWidth(line))).toBe(emWidth(`${line} Ukrainian officials.`));
    expect(emWidth('x', 600, emWidth('169,000–190,000', 600)) * 13).toBe(textWidth('169,000–190,000x', 13, 600));
  });

  it('measures a character outside the font as one, whether one UTF-16 unit or two', () => {
    // Inter has no emoji: it counts as one fallback character (0.55 em), not as two halves of a surrogate pair.
    expect(emWidth('a😀b')).toBeCloseTo(emWidth('a') + 0.55 + emWidth('b'), 12);
    expect(emWidth('😀')).toBe(emWidth('中'));
    // A lone high surrogate before a letter is a character of its own, and the letter is measured.
    expect(emWidth('\ud83dA')).toBeCloseTo(0.55 + emWidth('A'), 12);
  });
});
