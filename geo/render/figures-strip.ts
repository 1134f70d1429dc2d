/**
 * The picture's headline: each series' latest count or estimate at the picture's date, in large type under the title,
 * as the page's panel heads its figures. On a social card the numbers were only in the sources' small type (about
 * 5 px once a feed showed a square card 500 px wide) and the map showed footnote numbers: a reader saw numbered
 * circles, not troops. Plans (projections) stay on the map and in the sources: the strip says where things stood.
 */
import { formatValue, type NumberedClaim } from '../buildup';
import { SERIES_MARKS } from '../chart-marks';
import type { FigureSpan } from '../figure-stacks';
import { figureScope } from '../scope-words';
import { SERIES_LABELS, type Series } from '../series';
import { type Block, EMPTY, firstBaseline, text } from './block';
import { px } from './map-frame';
import type { Palette } from './palette';
import { textWidth } from './text-metrics';
import { wrapText } from './wrap-text';

export interface StripFigure { claim: NumberedClaim; series: Series }

/** What the strip shows of the figures at a step: those in place (not plans) that the picture numbers. */
export function stripFigures(shown: readonly FigureSpan<NumberedClaim>[], drawn: readonly number[]): StripFigure[] {
  return shown
    .filter((s) => s.role === 'in-place' && s.claim.series && drawn.includes(s.claim.footnote))
    .map((s) => ({ claim: s.claim, series: s.claim.series! }));
}

/** "U.S. government in Belarus [25]": who counts, where if not at the border, and the source's number. */
const labelOf = (f: StripFigure) => `${SERIES_LABELS[f.series]}${figureScope(f.claim).place} [${f.claim.footnote}]`;

/** The numbers' sizes tried, in type units, largest first. */
const VALUE_SIZES = [2.2, 1.9, 1.6, 1.4, 1.25];
/** A column beside the map may go a step smaller: still twice the sources' size. */
const COLUMN_VALUE_SIZES = [...VALUE_SIZES, 1.1];
/** The label's and the unit line's sizes, in type units. */
const LABEL = 0.95;
const UNIT = 1;
/** Across the picture, at most this many rows at a size of the headline's; more only at the smallest size. */
const MAX_ROWS = 2;
/** In a column, the kind and scope take up to this many lines. */
const COLUMN_UNIT_LINES = 3;

/** A part of the figure's line, and where it starts from the line's start (SVG drops a text's outer spaces). */
interface Part { content: string; size: number; weight: 400 | 700; x: number; line: number }
interface Cell { figure: StripFigure; width: number; label: string[]; parts: Part[]; unitLines: number }

/**
 * Each figure's cell: its label, its number (with any qualifier) and unit, and under it its kind and scope. `column`: a
 * narrow column `width` wide, where the label takes up to two lines and the kind and scope up to three.
 */
function cellsAt(figures: readonly StripFigure[], u: number, valueSize: number, column: boolean, width: number): Cell[] {
  const small = UNIT * u;
  return figures.map((figure) => {
    const { claim } = figure;
    const parts: Part[] = [];
    let line = 0;
    for (const word of [
      ...(claim.qualifier ? [{ content: claim.qualifier, size: small, weight: 400 as const }] : []),
      // A range in a narrow column as the chart writes it, "169,000–190,000".
      { content: column && claim.valueHigh !== undefined ? formatValue(claim).replace(' to ', '–') : formatValue(claim), size: valueSize, weight: 700 as const },
      ...(claim.unit ? [{ content: claim.unit, size: small, weight: 400 as const }] : []),
    ]) {
      if (parts.length) line += textWidth(' ', word.size, word.weight);
      parts.push({ ...word, x: line, line: 0 });
      line += textWidth(word.content, word.size, word.weight);
    }
    // What it counts, in the chart's few words: 148,000 "with naval and air" is not growth over 127,000 "ground only".
    // The panel's whole words ("counting Belarus, Crimea, the National Guard, separatists") took a square post's
    // figures to three lines each, its map to a thumbnail and its list of sources to none: they are in the sources.
    const { tag } = figureScope(claim);
    const unit = `${claim.kind}${tag ? `; ${tag}` : ''}`;
    const label = column ? wrapText(labelOf(figure), width - u, { size: LABEL * u, weight: 600 }, 2) : [labelOf(figure)];
    const labelWidth = Math.max(...label.map((l) => textWidth(l, LABEL * u, 600)));
    // Under the number, as wide as the column, or in a row as the number and label (at least 16 units): never cut.
    const unitWidth = column ? width - u : Math.min(width - u, Math.max(line, labelWidth, 16 * u));
    const unitLines = wrapText(unit, unitWidth, { size: small });
    unitLines.forEach((content, i) => parts.push({ content, size: small, weight: 400, x: 0, line: i + 1 }));
    const widest = Math.max(line, labelWidth, ...unitLines.map((l) => textWidth(l, small)));
    // A column too narrow for the scope in three lines is no place for it.
    const fits = !column || unitLines.length <= COLUMN_UNIT_LINES;
    return { figure, parts, label, unitLines: unitLines.length, width: fits ? u + widest : Infinity };
  });
}

/** Cells in rows, left to right, each row as wide as fits. */
function rowsOf(cells: Cell[], width: number, gap: number): Cell[][] {
  const rows: Cell[][] = [];
  let used = Infinity;
  for (const cell of cells) {
    if (used + gap + cell.width > width) {
      rows.push([cell]);
      used = cell.width;
    } else {
      rows[rows.length - 1].push(cell);
      used += gap + cell.width;
    }
  }
  return rows;
}

/**
 * The strip `width` wide. `rows`: across the picture under its title, in as few rows as any size allows, at the largest
 * size that does; `column`: beside the map, at the largest size no taller than `maxHeight` (EMPTY if none is).
 */
export function figuresStrip(figures: readonly StripFigure[], width: number, u: number, palette: Palette, layout: { mode: 'rows' } | { mode: 'column'; maxHeight: number }): Block {
  if (!figures.length) return EMPTY;
  const column = layout.mode === 'column';
  const gap = 2 * u, rowGap = (column ? 0.5 : 0.7) * u;
  const labelLH = LABEL * u * 1.3, unitLH = UNIT * u * 1.3;
  const cellHeight = (cell: Cell, size: number) => cell.label.length * labelLH + size * 1.15 + cell.unitLines * unitLH;
  const options = (column ? COLUMN_VALUE_SIZES : VALUE_SIZES).map((k) => k * u).flatMap((size) => {
    const cells = cellsAt(figures, u, size, column, width);
    if (cells.some((c) => c.width > width)) return [];
    const rows = rowsOf(cells, width, gap).map((row) => ({ cells: row, height: Math.max(...row.map((c) => cellHeight(c, size))) }));
    return [{ size, rows, height: rows.reduce((sum, r) => sum + r.height, 0) + (rows.length - 1) * rowGap }];
  });
  const chosen = layout.mode === 'rows'
    ? options.find((o) => o.rows.length <= MAX_ROWS) ?? [...options].sort((a, b) => a.rows.length - b.rows.length)[0]
    : options.find((o) => o.height <= layout.maxHeight);
  if (!chosen) return EMPTY;
  const { rows, size: valueSize } = chosen;
  const valueLH = valueSize * 1.15;
  return {
    height: chosen.height,
    draw(x, y) {
      const out: string[] = [];
      let top = y;
      for (const row of rows) {
        let cx = x;
        for (const cell of row.cells) {
          const colour = SERIES_MARKS[cell.figure.series].colour;
          out.push(`<rect x="${px(cx)}" y="${px(top)}" width="${px(0.3 * u)}" height="${px(row.height)}"${palette.attrs({ fill: colour })}/>`);
          const tx = cx + u;
          cell.label.forEach((line, i) => out.push(text(tx, firstBaseline(top + i * labelLH, LABEL * u, labelLH), line, { size: LABEL * u, weight: 600, colour: 'mutedText' }, palette)));
          // One baseline for the qualifier, the number and (in a row) the unit, set at the number's size.
          const valueTop = top + cell.label.length * labelLH;
          const baseline = (line: number) => (line === 0 ? firstBaseline(valueTop, valueSize, valueLH) : firstBaseline(valueTop + valueLH + (line - 1) * unitLH, UNIT * u, unitLH));
          for (const part of cell.parts) out.push(text(tx + part.x, baseline(part.line), part.content, { size: part.size, weight: part.weight, colour: 'text' }, palette));
          cx += cell.width + gap;
        }
        top += row.height + rowGap;
      }
      return `<g id="figures">${out.join('')}</g>`;
    },
  };
}
