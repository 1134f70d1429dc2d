/** Title and subtitle, each wrapped to at most two lines (an over-long override ends in an ellipsis). */
import type { Buildup } from '../buildup';
import { formatDate } from '../format';
import type { Palette } from './palette';
import { type Block, EMPTY, firstBaseline, text } from './block';
import { wrapText } from './wrap-text';

export function headerBlock(title: string, subtitle: string, width: number, u: number, palette: Palette): Block {
  const titleStyle = { size: 2.1 * u, weight: 700 as const };
  const subStyle = { size: 1.25 * u, weight: 400 as const };
  const titleLines = title.trim() ? wrapText(title, width, titleStyle, 2) : [];
  const subLines = subtitle.trim() ? wrapText(subtitle, width, subStyle, 2) : [];
  const titleLH = titleStyle.size * 1.15, subLH = subStyle.size * 1.3;
  const gap = titleLines.length && subLines.length ? 0.4 * u : 0;
  const height = titleLines.length * titleLH + gap + subLines.length * subLH;
  if (height === 0) return EMPTY;
  return {
    height,
    draw(x, y) {
      const out = titleLines.map((line, i) => text(x, firstBaseline(y + i * titleLH, titleStyle.size, titleLH), line, { ...titleStyle, colour: 'text' }, palette));
      const top = y + titleLines.length * titleLH + gap;
      out.push(...subLines.map((line, i) => text(x, firstBaseline(top + i * subLH, subStyle.size, subLH), line, { ...subStyle, colour: 'mutedText' }, palette)));
      return `<g id="header">${out.join('')}</g>`;
    },
  };
}

/**
 * The subtitle a picture draws when none is asked for: the story's, or, at a date before the latest, what that date
 * shows. The story's ("October 2021 to the invasion of 24 February 2022: …") on a picture of 6 December said the
 * opposite of its figures, in the only type besides the title still legible in a feed; the date was in the footer.
 * "The latest figures", as the panel's "each series' latest figure": "every figure said by then" promised more than
 * the picture draws (a review looked on 7 December's for NPR's figure of that day, in the dashboard's list).
 */
export function defaultSubtitle(buildup: Pick<Buildup, 'story' | 'steps'>, step: number): string {
  if (step >= buildup.steps.length - 1 || !buildup.steps[step]) return buildup.story.subtitle;
  return `What was known on ${formatDate(buildup.steps[step])}: the latest figures said by then, with who said each, when, and where it was published`;
}
