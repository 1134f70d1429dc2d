/**
 * The chart of figures over time, drawn by our SVG renderer (d3-scale and d3-time for the scales; no chart runtime
 * in the browser): one mark per troop figure by the date it was said, its series by colour and shape, its kind by
 * fill (reported solid, estimate hollow, projection dashed), ranges as bars, the chosen date as a rule, and a key.
 * A line joins only the figures of one series and one scope, and each line is labelled with its scope, so a figure
 * "with naval and air" is never read as growth over one of ground troops only.
 *
 * On the page (`stepsInCss`) every mark of the timeline is drawn, marked with the steps it is shown at; an export
 * draws what was known at its step only.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { byDateSaid } from '../by-date-said';
import { describeFigure, type NumberedClaim } from '../buildup';
import { chartClaims, chartKeyItems, markPath, SERIES_MARKS } from '../chart-marks';
import { formatDate, formatNumber } from '../format';
import { claimDate } from '../claim-date';
import { chartTag, figureScope, scopeLabel } from '../scope-words';
import type { ColourToken } from '../style';
import { escapeXml } from './escape-xml';
import type { Palette } from './palette';
import { LabelSpace, textRect, type Rect } from './place-labels';
import { textWidth } from './text-metrics';

export interface ChartOptions {
  claims: readonly NumberedClaim[];
  steps: readonly string[];
  step: number;
  width: number;
  height: number;
  /** Type size, px. */
  size: number;
  palette: Palette;
  /** Draw every step, marked (the page), or only what was known at `step` (an export). */
  stepsInCss: boolean;
  /** Where a mark links to (the page: its source card); none in an export. */
  hrefFor?: (claim: NumberedClaim) => string;
  /**
   * The footnotes the picture lists (a full layout's sources): only those marks carry their numbers, so none leads to
   * a source the list does not give. None given: every mark is numbered (the chart's own picture lists them all).
   */
  numbered?: readonly number[];
}

const n = (v: number) => String(Math.round(v * 10) / 10);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;
const dateOf = (iso: string) => new Date(`${iso}T12:00:00Z`);
/** A range is drawn at its middle where a line passes through it. */
const middle = (c: NumberedClaim) => (c.valueHigh !== undefined ? (c.value! + c.valueHigh) / 2 : c.value!);
const KINDS = [['reported', 'reported'], ['estimate', 'estimate'], ['projection', 'projection']] as const;

interface Drawing {
  o: ChartOptions;
  /** Marks a drawing with the steps it is shown at (the page only). */
  span: (from: number, to: number) => string;
  text: (x: number, y: number, content: string, anchor: 'start' | 'middle' | 'end', colour: ColourToken, extra?: string) => string;
}

function kindStyle(d: Drawing, kind: string, colour: ColourToken, r: number): string {
  const fill = kind === 'reported' ? d.o.palette.attrs({ fill: colour, stroke: colour }) : d.o.palette.attrs({ fill: 'panel', stroke: colour });
  const dash = kind === 'projection' ? ` stroke-dasharray="${n(r * 0.6)} ${n(r * 0.45)}"` : '';
  return `${fill} stroke-width="1.5"${dash}`;
}

/** The key: each series' mark in its colour, then what the fills say, wrapped into as many rows as it needs. */
function drawKey(d: Drawing, plotted: readonly NumberedClaim[], y0: number): { svg: string; height: number } {
  const { size, width } = d.o;
  const r = size * 0.4, gap = size * 1.1, lh = size * 1.5;
  // Each symbol's centre stands in from the row's start by its widest reach (a diamond's 1.2 r) and half its stroke, so
  // none is cut at the picture's left edge; its words follow.
  const centre = r * 1.2 + 0.75, words = centre + r * 1.6;
  const items: { width: number; draw: (x: number, y: number) => string }[] = [];
  for (const item of chartKeyItems(plotted)) {
    items.push({
      width: words + textWidth(item.label, size),
      draw: (x, y) => `<path d="${markPath(item.shape, x + centre, y - size * 0.32, r)}"${kindStyle(d, 'reported', item.colour, r)}/>${d.text(x + words, y, item.label, 'start', 'text')}`,
    });
  }
  // What the fills say, and the range's bar, only where the chart draws them: 10 November's key said "projection"
  // over marks none of which was one.
  const kinds = new Set(plotted.map((c) => c.kind));
  for (const [kind, label] of KINDS.filter(([kind]) => kinds.has(kind))) {
    items.push({
      width: words + textWidth(label, size),
      draw: (x, y) => `<path d="${markPath('circle', x + centre, y - size * 0.32, r)}"${kindStyle(d, kind, 'mutedText', r)}/>${d.text(x + words, y, label, 'start', 'mutedText')}`,
    });
  }
  if (plotted.some((c) => c.valueHigh !== undefined)) items.push({
    width: words + textWidth('a range', size),
    draw: (x, y) => `<rect x="${n(x + centre - r * 0.7)}" y="${n(y - size * 0.9)}" width="${n(r * 1.4)}" height="${n(size * 1.05)}" rx="${n(r * 0.3)}"${kindStyle(d, 'estimate', 'mutedText', r)}/>${d.text(x + words, y, 'a range', 'start', 'mutedText')}`,
  });
  const out: string[] = [];
  let x = 0, row = 0;
  for (const item of items) {
    if (x > 0 && x + item.width > width) {
      x = 0;
      row++;
    }
    out.push(item.draw(x, y0 + row * lh + size));
    x += item.width + gap;
  }
  return { svg: `<g class="chart-key">${out.join('')}</g>`, height: (row + 1) * lh };
}

/** The key's height at this size and width, so the plot can leave room for it. */
const keyHeight = (d: Drawing, plotted: readonly NumberedClaim[]) => drawKey(d, plotted, 0).height;

/** The plot's free space at a step: its marks are taken first, so that no word written beside one covers another. */
const lineKey = (c: NumberedClaim) => `${c.series ?? 'other'}|${JSON.stringify(c.scope ?? null)}`;

/** Lines: one series, one scope, figures in place (a plan is not a point on the same line). Each segment, in date order. */
function lineSegments(plotted: readonly NumberedClaim[]): [NumberedClaim, NumberedClaim][] {
  const lines = new Map<string, NumberedClaim[]>();
  for (const c of plotted) {
    if (c.kind === 'projection') continue;
    const key = lineKey(c);
    lines.set(key, [...(lines.get(key) ?? []), c]);
  }
  return [...lines.values()].flatMap((members) => {
    const sorted = [...members].sort(byDateSaid);
    return sorted.slice(1).map((next, i): [NumberedClaim, NumberedClaim] => [sorted[i], next]);
  });
}

function markSpace(d: Drawing, plotted: readonly NumberedClaim[], x: (date: Date) => number, y: (v: number) => number, plot: { left: number; bottom: number }, step: number): LabelSpace {
  const r = d.o.size * 0.42;
  // To a little under the plot's foot, above the month names: a mark near zero (the U.S.'s 5,000 in Belarus) had no room
  // for its number and its place under the tags above it, and stood unnumbered.
  const space = new LabelSpace({ x0: plot.left, y0: 0, x1: d.o.width, y1: plot.bottom + d.o.size * 0.55 });
  const known = plotted.filter((k) => d.o.steps.indexOf(k.saidOn) <= step);
  for (const c of known) {
    const px = x(dateOf(c.saidOn));
    space.take({ x0: px - r * 1.3, x1: px + r * 1.3, y0: y(c.valueHigh ?? c.value!) - r * 1.3, y1: y(c.value!) + r * 1.3 });
  }
  // The chosen date's rule, avoided: it ran through the newest numbers beside it ("35", "34" on 24 February).
  const rx = x(dateOf(d.o.steps[step]));
  space.avoid({ x0: rx - 1.5, x1: rx + 1.5, y0: 0, y1: plot.bottom });
  // The lines too, as boxes a few pixels apart along each, avoided: "with naval and air" was written across one.
  const half = 1.5;
  for (const [c, next] of lineSegments(known)) {
    const [x0, y0, x1, y1] = [x(dateOf(c.saidOn)), y(middle(c)), x(dateOf(next.saidOn)), y(middle(next))];
    const samples = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 3));
    for (let i = 0; i <= samples; i++) {
      const [px, py] = [x0 + ((x1 - x0) * i) / samples, y0 + ((y1 - y0) * i) / samples];
      space.avoid({ x0: px - half, x1: px + half, y0: py - half, y1: py + half });
    }
  }
  return space;
}

/**
 * An exported chart's marks carry their sources' numbers, as the map's circles do, so that the sources listed under
 * it can be told to a mark (a picture desk could not: "the chart's points carry no numbers"). The newest first, each
 * beside its mark where there is room (right, left, above, below), else none: the page's marks open their cards.
 */
function footnoteNumbers(d: Drawing, plotted: readonly NumberedClaim[], x: (date: Date) => number, y: (v: number) => number, space: LabelSpace): string {
  const { o } = d;
  const small = o.size * 0.8, r = o.size * 0.42;
  const out: string[] = [];
  for (const c of [...plotted].sort((a, b) => byDateSaid(b, a))) {
    const label = String(c.footnote);
    const wide = textWidth(label, small, 600);
    const px = x(dateOf(c.saidOn)), top = y(c.valueHigh ?? c.value!), bottom = y(c.value!), mid = (top + bottom) / 2 + small * 0.35;
    // Just clear of the mark's own box (markSpace: 1.3 r each way), its 1 px pad included.
    const clear = r * 1.3 + 2;
    const candidates = ([
      ['start', px + clear, mid], ['end', px - clear, mid], ['middle', px, top - clear - small * 0.24], ['middle', px, bottom + clear + small * 0.78],
      // Then the corners, where marks crowd (the first days of December).
      ['start', px + clear * 0.7, top - clear * 0.7], ['end', px - clear * 0.7, top - clear * 0.7],
      ['start', px + clear * 0.7, bottom + clear * 0.7 + small * 0.54], ['end', px - clear * 0.7, bottom + clear * 0.7 + small * 0.54],
    ] as const).map(([anchor, lx, ly]) => ({ anchor, lx, ly, rect: textRect(lx, ly, wide, small, anchor, 1) }));
    // Clear of the lines where it can be, else across one: a listed source's mark must carry its number.
    const spot = space.place(candidates) ?? space.place(candidates, { strict: false });
    if (!spot) continue;
    out.push(`<text x="${n(spot.lx)}" y="${n(spot.ly)}" font-size="${n(small)}" font-weight="600"${spot.anchor === 'start' ? '' : ` text-anchor="${spot.anchor}"`}${o.palette.attrs({ fill: SERIES_MARKS[c.series ?? 'other'].colour })}>${label}</text>`);
  }
  return `<g class="chart-footnotes">${out.join('')}</g>`;
}

/**
 * What each series' latest figures cover, written beside them ("ground only", "with naval and air"): at each step the
 * figures said on each series' latest day get a tag, placed clear of the others; steps that tag the same figures in
 * the same places share one element.
 */
function scopeTags(d: Drawing, plotted: readonly NumberedClaim[], x: (date: Date) => number, y: (v: number) => number, plot: { left: number; bottom: number }): string {
  const { o } = d;
  const small = o.size * 0.85, r = o.size * 0.42;
  const stepOf = (date: string) => o.steps.indexOf(date);
  // A tag just over or under a mark of another line reads as that mark's scope: "with naval and air", the tag of
  // February's 127,000 to 147,000, stood over December's 122,000 "within 200 km" on the page's chart of 24 February.
  const readsAsAnother = (rect: Rect, others: readonly NumberedClaim[]) => others.some((k) => {
    const mx = x(dateOf(k.saidOn)), top = y(k.valueHigh ?? k.value!) - r, bottom = y(k.value!) + r;
    return mx > rect.x0 && mx < rect.x1 && top - rect.y1 < small * 0.8 && rect.y0 - bottom < small * 0.8;
  });
  const placedAt = (step: number, space = markSpace(d, plotted, x, y, plot, step)) => {
    const shown = plotted.filter((c) => stepOf(c.saidOn) <= step);
    const known = shown.filter((c) => chartTag(c));
    const latestDay = new Map<string, string>();
    for (const c of known) if ((latestDay.get(c.series ?? 'other') ?? '') < c.saidOn) latestDay.set(c.series ?? 'other', c.saidOn);
    // The day of each series' last figure, tagged or not.
    const lastDay = new Map<string, string>();
    for (const c of plotted) if (stepOf(c.saidOn) <= step && (lastDay.get(c.series ?? 'other') ?? '') < c.saidOn) lastDay.set(c.series ?? 'other', c.saidOn);
    const tags: string[] = [];
    // And, whatever their day, the figures of a place apart (Belarus): untagged, they read as their series' count.
    const tagged = known.filter((k) => latestDay.get(k.series ?? 'other') === k.saidOn || figureScope(k).place !== '');
    for (const c of tagged.sort((a, b) => byDateSaid(b, a))) {
      const words = chartTag(c)!;
      const wide = textWidth(words, small);
      const placesBeside = (host: NumberedClaim) => {
        const px = x(dateOf(host.saidOn)), py = y(middle(host)) + small * 0.35;
        const above = py - small * 1.3, below = py + small * 1.3;
        const right = [['start', px + r * 1.6, py], ['start', px + r * 1.6, above], ['start', px + r * 1.6, below]] as const;
        const left = [['end', px - r * 1.6, py], ['end', px - r * 1.6, above], ['end', px - r * 1.6, below]] as const;
        // A figure its series has since followed with another is tagged on its left or not at all: on its right,
        // "without Crimea" (30 October) stood beside 3 November's 90,000, four days on, and read as its scope (the
        // sources under the chart still say it).
        const later = (lastDay.get(host.series ?? 'other') ?? '') > host.saidOn;
        // Last, a line further off, under a number written over or under the figure.
        const further = [['end', px + r, above - small * 0.6], ['end', px + r, below + small * 0.6], ['end', px + r, above - small * 1.5], ['end', px + r, below + small * 1.5]] as const;
        return (later ? left : [right[0], left[0], left[1], left[2], right[1], right[2], ...further] as const)
          .map(([anchor, lx, ly]) => ({ anchor, lx, ly, rect: textRect(lx, ly, wide, small, anchor, 1) }));
      };
      // A line is one series of one scope: where its newest figure has no room (the marks crowd in mid-February), the
      // tag goes beside an earlier figure of the same line, which it labels as well.
      const line = lineKey(c);
      const hosts = [c, ...known.filter((k) => k !== c && k.kind !== 'projection' && c.kind !== 'projection' && lineKey(k) === line && k.saidOn < c.saidOn).sort((a, b) => byDateSaid(b, a))];
      const others = shown.filter((k) => !hosts.includes(k));
      const spot = space.place(hosts.flatMap(placesBeside).filter((at) => !readsAsAnother(at.rect, others)));
      if (!spot) continue;
      tags.push(`<text x="${n(spot.lx)}" y="${n(spot.ly)}" font-size="${n(small)}"${spot.anchor === 'end' ? ' text-anchor="end"' : ''}${o.palette.attrs({ fill: SERIES_MARKS[c.series ?? 'other'].colour })}>${escapeXml(words)}</text>`);
    }
    return tags;
  };
  if (!o.stepsInCss) {
    const space = markSpace(d, plotted, x, y, plot, o.step);
    // The sources' numbers first: a listed source's mark must carry its number, a line may go without its tag.
    const numbers = footnoteNumbers(d, o.numbered ? plotted.filter((c) => o.numbered!.includes(c.footnote)) : plotted, x, y, space);
    return `<g pointer-events="none">${placedAt(o.step, space).join('')}${numbers}</g>`;
  }
  // Each tag once, with the run of steps it stands at (the same words in the same place): a group of every tag per
  // run of steps repeated most of them, 34 groups and 9.7 KB of the page's HTML.
  const runs: { tag: string; from: number; to: number }[] = [];
  const open = new Map<string, { tag: string; from: number; to: number }>();
  o.steps.forEach((_, step) => {
    for (const tag of placedAt(step)) {
      const run = open.get(tag);
      if (run && run.to === step - 1) run.to = step;
      else {
        const started = { tag, from: step, to: step };
        runs.push(started);
        open.set(tag, started);
      }
    }
  });
  return `<g pointer-events="none">${runs.map(({ tag, from, to }) => tag.replace('<text ', `<text${d.span(from, to)} `)).join('')}</g>`;
}

/** One chart, as SVG elements in a `width`×`height` box at the origin. */
export function chartSvg(o: ChartOptions): string {
  const { palette, size, steps } = o;
  const last = steps.length - 1;
  const stepOf = (date: string) => steps.indexOf(date);
  const span = (from: number, to: number) => (o.stepsInCss ? ` data-from="${from}" data-to="${to}"${o.step < from || o.step > to ? ' data-off=""' : ''}` : '');
  const text: Drawing['text'] = (tx, ty, content, anchor, colour, extra = '') =>
    `<text x="${n(tx)}" y="${n(ty)}" font-size="${n(size)}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}${palette.attrs({ fill: colour })}${extra}>${escapeXml(content)}</text>`;
  const d: Drawing = { o, span, text };
  const all = chartClaims(o.claims);
  const plotted = o.stepsInCss ? all : all.filter((c) => stepOf(c.saidOn) <= o.step);

  // The plot between the axis labels and the key; time runs over the whole timeline, so marks never move.
  const keyed = o.stepsInCss ? all : plotted;
  const keyTop = o.height - keyHeight(d, keyed);
  // The top margin holds two rows: the axis title, and under it the chosen date written beside its rule.
  const margin = { top: size * 2.9, right: size * 0.8, bottom: size * 2, left: textWidth('200,000', size) + size * 0.8 };
  const bottom = keyTop - margin.bottom;
  const x = scaleUtc().domain([dateOf(steps[0]).getTime() - 6 * DAY, dateOf(steps[last]).getTime() + 4 * DAY]).range([margin.left, o.width - margin.right]);
  const top = Math.max(...all.map((c) => c.valueHigh ?? c.value!));
  const y = scaleLinear().domain([0, top * 1.06]).nice(4).range([bottom, margin.top]);
  const out: string[] = [];

  // Axes: horizontal grid lines at the y ticks, month starts along x.
  const ticks = y.ticks(4);
  out.push(`<g fill="none"${palette.attrs({ stroke: 'rule' })} stroke-width="1">${ticks.map((t) => `<path d="M${n(margin.left)} ${n(y(t))}H${n(o.width - margin.right)}"/>`).join('')}</g>`);
  out.push(ticks.map((t) => text(margin.left - size * 0.4, y(t) + size * 0.35, formatNumber(t), 'end', 'mutedText')).join(''));
  const months = utcMonth.every(1)!.range(x.domain()[0], x.domain()[1]);
  out.push(months.map((m, i) => {
    const month = MONTHS[m.getUTCMonth()];
    const label = m.getUTCMonth() === 0 || i === 0 ? `${month} ${m.getUTCFullYear()}` : month;
    return `<path d="M${n(x(m))} ${n(bottom)}v${n(size * 0.4)}" fill="none"${palette.attrs({ stroke: 'mutedText' })}/>`
      + text(x(m) + size * 0.2, bottom + size * 1.4, label, 'start', 'mutedText');
  }).join(''));
  out.push(text(margin.left, size, 'Troops, by the date the figure was given', 'start', 'mutedText'));

  for (const [c, next] of lineSegments(plotted)) {
    const { colour } = SERIES_MARKS[c.series ?? 'other'];
    out.push(`<path d="M${n(x(dateOf(c.saidOn)))} ${n(y(middle(c)))}L${n(x(dateOf(next.saidOn)))} ${n(y(middle(next)))}" fill="none"${palette.attrs({ stroke: colour })} stroke-width="1.5" stroke-opacity="0.7"${span(stepOf(next.saidOn), last)}/>`);
  }

  // Marks, in date order, each a link to its source card on the page.
  const r = size * 0.42;
  for (const c of [...plotted].sort(byDateSaid)) {
    const { colour, shape } = SERIES_MARKS[c.series ?? 'other'];
    const cx = x(dateOf(c.saidOn));
    const mark = c.valueHigh !== undefined
      ? `<rect x="${n(cx - r * 0.7)}" y="${n(y(c.valueHigh))}" width="${n(r * 1.4)}" height="${n(y(c.value!) - y(c.valueHigh))}" rx="${n(r * 0.3)}"${kindStyle(d, c.kind, colour, r)}/>`
      : `<path d="${markPath(shape, cx, y(c.value!), r)}"${kindStyle(d, c.kind, colour, r)}/>`;
    const scope = scopeLabel(c.scope);
    const label = `Source ${c.footnote}: ${describeFigure(c)}, ${c.kind}, ${c.claimant}, ${claimDate(c)}${scope ? ` (${scope})` : ''}`;
    // The <title> is the mark's tooltip and, as the link's first child, its accessible name (SVG-AAM).
    const body = `<title>${escapeXml(label)}</title>${mark}`;
    out.push(o.hrefFor
      ? `<a href="${escapeXml(o.hrefFor(c))}" data-claim="${escapeXml(c.id)}"${span(stepOf(c.saidOn), last)}>${body}</a>`
      : `<g data-claim="${escapeXml(c.id)}"${span(stepOf(c.saidOn), last)}>${body}</g>`);
  }

  out.push(scopeTags(d, plotted, x, y, { left: margin.left, bottom }));

  // The chosen date as a rule (on the page, one per step: the one at the step shows).
  const rule = (i: number) => {
    const rx = x(dateOf(steps[i]));
    const flip = rx > o.width / 2;
    return `<g${span(i, i)} pointer-events="none"><path d="M${n(rx)} ${n(margin.top - size * 0.3)}V${n(bottom)}" fill="none"${palette.attrs({ stroke: 'accent' })} stroke-width="1.5"/>`
      + text(flip ? rx - size * 0.3 : rx + size * 0.3, margin.top - size * 0.4, formatDate(steps[i]), flip ? 'end' : 'start', 'accent', ' font-weight="600"') + '</g>';
  };
  out.push(o.stepsInCss ? steps.map((_, i) => rule(i)).join('') : rule(o.step));
  out.push(drawKey(d, keyed, keyTop).svg);
  return out.join('');
}
