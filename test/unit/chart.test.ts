/** chartSvg: one mark per troop figure by the day it was said, its kind by fill, lines only within a series and a scope. */
import { describe, expect, it } from 'vitest';
import type { NumberedClaim } from '@/geo/buildup';
import { loadBuildup } from '@/geo/load-buildup';
import { chartSvg, type ChartOptions } from '@/geo/render/chart';
import { valuePalette } from '@/geo/render/palette';
import { textRect } from '@/geo/render/place-labels';
import { textWidth } from '@/geo/render/text-metrics';
import type { Scope } from '@/geo/schema';
import { chartTag } from '@/geo/scope-words';
import { themes } from '@/geo/style';
import { timelineSteps } from '@/geo/timeline';
import { exportPicture } from '@/test/support/export-picture';

const buildup = loadBuildup();
const light = themes.light;
const chart = (o: Partial<ChartOptions> = {}) => chartSvg({
  claims: buildup.claims, steps: buildup.steps, step: buildup.steps.indexOf('2021-12-06'), width: 640, height: 360, size: 12,
  palette: valuePalette(light), stepsInCss: false, ...o,
});
/** Each mark: its claim and its markup. */
const marks = (svg: string) => [...svg.matchAll(/<(?:g|a) data-claim="([^"]+)"([^>]*)><title>[^<]*<\/title>(<[^>]+>)/g)]
  .map(([, id, attrs, mark]) => ({ id, attrs, mark }));
const markOf = (svg: string, id: string) => marks(svg).find((m) => m.id === id)!;
const saidOn = (id: string) => buildup.claims.find((c) => c.id === id)!.saidOn;

describe('the chart of an export, at 6 December 2021', () => {
  const svg = chart();

  it('draws the troop figures known that day and none said later', () => {
    const ids = marks(svg).map((m) => m.id);
    expect(ids).toContain('deployed-90k');
    expect(ids).toContain('projected-175k');
    expect(ids.every((id) => saidOn(id) <= '2021-12-06')).toBe(true);
    expect(ids.filter((id) => saidOn(id).startsWith('2022'))).toEqual([]);
    // Figures that are not troops (battalion tactical groups) are not on a troops axis.
    expect(ids).not.toContain('planned-100-btg');
  });

  it('draws a range as a bar', () => {
    expect(markOf(svg, 'danilov-80-90k').mark).toMatch(/^<rect /);
    expect(markOf(svg, 'deployed-90k').mark).toMatch(/^<path /);
  });

  it('fills a reported figure, leaves an estimate hollow and dashes a projection', () => {
    expect(markOf(svg, 'deployed-90k').mark).toContain(`fill="${light.seriesUkraine}" stroke="${light.seriesUkraine}"`);
    expect(markOf(svg, 'us-estimate-70k').mark).toContain(`fill="${light.panel}" stroke="${light.seriesUs}"`);
    expect(markOf(svg, 'us-estimate-70k').mark).not.toContain('stroke-dasharray');
    expect(markOf(svg, 'projected-175k').mark).toContain(`fill="${light.panel}" stroke="${light.seriesUs}"`);
    expect(markOf(svg, 'projected-175k').mark).toMatch(/stroke-dasharray="[\d.]+ [\d.]+"/);
  });

  it('marks nothing with steps (an export draws one day)', () => {
    expect(svg).not.toMatch(/data-(from|to|off)=/);
  });
});

describe('the chart on the page (every step drawn, marked)', () => {
  const step = buildup.steps.indexOf('2021-12-06');
  const svg = chart({ stepsInCss: true, step });

  it('draws every troop figure of the timeline, each marked with the steps it is shown at', () => {
    const all = marks(svg);
    expect(all.map((m) => m.id)).toContain('carpenter-169-190k');
    for (const { id, attrs } of all) {
      expect(attrs, id).toContain(` data-from="${buildup.steps.indexOf(saidOn(id))}" data-to="${buildup.steps.length - 1}"`);
    }
  });

  it('turns off the marks said after the step, and only those', () => {
    for (const { id, attrs } of marks(svg)) expect(attrs.includes('data-off=""'), id).toBe(saidOn(id) > '2021-12-06');
  });
});

describe('the chart\'s lines', () => {
  let footnote = 0;
  const scope = (components: Scope['components']): Scope => ({ area: 'near the border', components, includes: {} });
  const figure = (id: string, saidOn: string, series: NumberedClaim['series'], components: Scope['components']) => ({
    id, saidOn, series, value: 100000 + 1000 * ++footnote, unit: 'troops', qualifier: null, kind: 'reported', claimant: id, scope: scope(components),
    where: { description: '', geometry: 'border-zone' }, footnote, quote: '', source: { outlet: 'x', published: null, title: null, url: 'https://x' },
  }) as unknown as NumberedClaim;
  const claims = [
    figure('ground-1', '2022-01-01', 'ukraine', 'ground'),
    figure('all', '2022-01-10', 'ukraine', 'ground, naval and air'),
    figure('ground-2', '2022-01-20', 'ukraine', 'ground'),
    figure('us-ground', '2022-01-30', 'us', 'ground'),
  ];
  const steps = timelineSteps(claims);
  const svg = chart({ claims, steps, step: steps.length - 1 });
  const lines = [...svg.matchAll(/<path d="M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)"[^>]*stroke-opacity="0.7"/g)].map((m) => m.slice(1).map(Number));
  /** A circle mark's centre: its path starts at the left edge and draws arcs of radius r. */
  const centre = (id: string) => {
    const [, x, y, r] = markOf(svg, id).mark.match(/d="M([\d.]+) ([\d.]+)a([\d.]+)/)!.map(Number);
    return [x + r, y];
  };

  it('joins only the figures of one series and one scope', () => {
    expect(lines).toHaveLength(1);
    const [x1, y1, x2, y2] = lines[0];
    const [a, b] = [centre('ground-1'), centre('ground-2')];
    expect([x1, y1, x2, y2].map((v, i) => Math.abs(v - [...a, ...b][i]) <= 0.11)).toEqual([true, true, true, true]);
  });
});

describe('the chart\'s words', () => {
  const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const texts = (svg: string) => [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)" font-size="([\d.]+)"([^>]*)>([^<]*)<\/text>/g)]
    .map(([, x, y, size, attrs, content]) => {
      const weight = Number(attrs.match(/font-weight="(\d+)"/)?.[1] ?? 400) as 400;
      const anchor = (attrs.match(/text-anchor="(\w+)"/)?.[1] ?? 'start') as 'start';
      return { content, rect: textRect(Number(x), Number(y), textWidth(unescape(content), Number(size), weight), Number(size), anchor) };
    });

  // Found by this test: the chosen day's label, beside its rule, sat on the axis title when the day was early.
  it.each(buildup.steps.map((date, step) => [date, step]))('keeps every text clear of the others and inside the chart at %s', (_, step) => {
    const all = texts(chart({ step: Number(step) }));
    for (const { content, rect } of all) {
      expect(rect.x0 >= 0 && rect.y0 >= 0 && rect.x1 <= 640 && rect.y1 <= 360, content).toBe(true);
    }
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const a = all[i].rect, b = all[j].rect;
        expect(a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 - 0.5 && a.y1 > b.y0 + 0.5, `"${all[i].content}" overlaps "${all[j].content}"`).toBe(false);
      }
    }
  });
});

/** A mark's box from its path (geo/chart-marks.ts: a circle's two arcs, a square's sides, a polygon's corners). */
function markBox(d: string) {
  const [x, y] = /^M([\d.-]+) ([\d.-]+)/.exec(d)!.slice(1).map(Number);
  const arc = /a([\d.]+) /.exec(d);
  if (arc) return { x0: x, x1: x + 2 * Number(arc[1]), y0: y - Number(arc[1]), y1: y + Number(arc[1]) };
  const side = /h([\d.]+)/.exec(d);
  if (side) return { x0: x, x1: x + Number(side[1]), y0: y, y1: y + Number(side[1]) };
  const corners = [[x, y], ...[...d.matchAll(/L([\d.-]+) ([\d.-]+)/g)].map((m) => [Number(m[1]), Number(m[2])])];
  return { x0: Math.min(...corners.map((c) => c[0])), x1: Math.max(...corners.map((c) => c[0])), y0: Math.min(...corners.map((c) => c[1])), y1: Math.max(...corners.map((c) => c[1])) };
}

describe('the key', () => {
  const keyWords = (svg: string) => [...svg.match(/<g class="chart-key">.*?<\/g>/)![0].matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]);
  it('says what the fills and bars mean only where the chart draws them', () => {
    // 10 November's key said "projection" over marks none of which was one.
    expect(keyWords(chart({ step: buildup.steps.indexOf('2021-11-10') }))).toEqual(['Ukraine&apos;s officials', 'reported', 'estimate', 'a range']);
    const latest = keyWords(chart({ step: buildup.steps.length - 1 }));
    for (const word of ['reported', 'estimate', 'projection', 'a range']) expect(latest).toContain(word);
    // The page's chart draws every step: its key, all of it.
    expect(keyWords(chart({ step: 0, stepsInCss: true }))).toEqual(latest);
  });
});

describe('scope tags', () => {
  const tags = (svg: string) => [...svg.matchAll(/<text x="([\d.]+)"[^>]*>((?:without|with|in|ground|counting|near|within)[^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), words: m[2] }));

  it('never stand to the right of a figure its series has since followed with another (they read as the later one\'s)', () => {
    // 3 November 2021: Danilov's 80,000–90,000 "without Crimea" of 30 October, then 90,000 four days on, whose scope
    // the sources do not give; the tag stood between them and read as the 90,000's.
    const step = buildup.steps.indexOf('2021-11-03');
    for (const width of [400, 1200]) {
      const svg = chart({ step, width, height: width * 0.6 });
      const later = markOf(svg, 'ukraine-90k-nov') ?? marks(svg).at(-1)!;
      const laterX = Number(/c?x="([\d.]+)"/.exec(later.mark)?.[1]);
      for (const tag of tags(svg)) expect(tag.x, `"${tag.words}" at ${width} px`).toBeGreaterThanOrEqual(laterX);
    }
  });

  it('still say the scope of each series\' latest figures', () => {
    const svg = chart({ step: buildup.steps.indexOf('2022-02-18') });
    expect(tags(svg).map((t) => t.words)).toContain('in and near Ukraine, with Belarus and Crimea');
  });

  // A review read the U.S. government's nearly 5,000 in Belarus, untagged under its 100,000, as the count falling.
  it('say where a figure of a place apart stands, whatever its day', () => {
    for (const [width, height] of [[1200, 700], [640, 360]]) {
      const words = tags(chart({ step: buildup.steps.length - 1, width, height })).map((t) => t.words);
      expect(words, `${width}×${height}`).toContain('in Belarus');
      expect(words, `${width}×${height}`).toContain('near the Belarus–Ukraine border');
    }
  });

  // "with naval and air" was written across the line from 24 to 35 in an exported chart.
  it.each([[1200, 700], [900, 560], [640, 360]])('are never written across a line, at %i×%i', (width, height) => {
    for (const step of [buildup.steps.indexOf('2022-02-16'), buildup.steps.length - 1]) {
      const svg = chart({ step, width, height });
      const lines = [...svg.matchAll(/<path d="M([\d.-]+) ([\d.-]+)L([\d.-]+) ([\d.-]+)" fill="none"/g)].map((m) => m.slice(1, 5).map(Number));
      expect(lines.length).toBeGreaterThan(3);
      const tagBoxes = [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)" font-size="([\d.]+)"([^>]*)>((?:without|with|in|ground|near|within)[^<]*)<\/text>/g)]
        .map(([, x, y, size, attrs, words]) => ({ words, rect: textRect(Number(x), Number(y), textWidth(words, Number(size)), Number(size), attrs.includes('text-anchor="end"') ? 'end' : 'start') }));
      expect(tagBoxes.length).toBeGreaterThan(0);
      for (const { words, rect } of tagBoxes) {
        for (const [x0, y0, x1, y1] of lines) {
          const crossed = Array.from({ length: 101 }, (_, i) => [x0 + ((x1 - x0) * i) / 100, y0 + ((y1 - y0) * i) / 100])
            .some(([px, py]) => px > rect.x0 && px < rect.x1 && py > rect.y0 && py < rect.y1);
          expect(crossed, `"${words}" crosses the line ${x0},${y0}→${x1},${y1} at step ${step}`).toBe(false);
        }
      }
    }
  });

  // The page's chart of 24 February wrote "with naval and air" (February's 127,000 to 147,000) just over December's
  // 122,000, "within 200 km": it read as that figure's scope.
  it.each([['the page', 400, 250, 11, []], ['an export', 640, 360, 12, undefined], ['an export', 1200, 700, 12, undefined]] as const)(
    'never stand just over or under a mark whose scope they do not name, on %s at %i×%i', (_, width, height, size, numbered) => {
      for (const step of buildup.steps.keys()) {
        const svg = chart({ step, width, height, size, numbered: numbered && [...numbered] });
        const placed = [...svg.matchAll(/<(?:g|a) data-claim="([^"]+)"[^>]*><title>[^<]*<\/title><(?:path d="([^"]+)"|rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)")[^>]*stroke="([^"]+)"/g)]
          .map(([, id, d, rx, ry, rw, rh, stroke]) => {
            const claim = buildup.claims.find((c) => c.id === id)!;
            const box = d ? markBox(d) : { x0: Number(rx), x1: Number(rx) + Number(rw), y0: Number(ry), y1: Number(ry) + Number(rh) };
            return { claim, cx: (box.x0 + box.x1) / 2, top: box.y0, bottom: box.y1, stroke };
          });
        expect(placed.length).toBeGreaterThan(0);
        for (const [, x, y, fontSize, attrs, words] of svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)" font-size="([\d.]+)"([^>]*)>((?:without|with|in|ground|counting|near|within)[^<]*)<\/text>/g)) {
          const small = Number(fontSize);
          const rect = textRect(Number(x), Number(y), textWidth(words, small), small, attrs.includes('text-anchor="end"') ? 'end' : 'start');
          const fill = /fill="([^"]+)"/.exec(attrs)![1];
          for (const m of placed) {
            const beside = m.cx > rect.x0 && m.cx < rect.x1 && m.top - rect.y1 < small * 0.6 && rect.y0 - m.bottom < small * 0.6;
            if (beside) expect(`${chartTag(m.claim)} (${m.stroke})`, `"${words}" over or under source ${m.claim.footnote} at ${buildup.steps[step]}`).toBe(`${words} (${fill})`);
          }
        }
      }
    });

  it('labels a line beside an earlier figure of it where its newest has no room', () => {
    // At 24 February, in a square picture's chart, marks crowd around 21 February's 147,000 (with naval and air).
    const words = tags(chart({ step: buildup.steps.length - 1, width: 640, height: 360 })).map((t) => t.words);
    expect(words).toContain('with naval and air');
    expect(words).toContain('ground only');
  });
});

describe('a mark near zero', () => {
  it('is numbered and placed on a square chart, under the tags above it (the U.S.\'s nearly 5,000 in Belarus, source 25)', () => {
    const { svg } = exportPicture('layout=chart&width=1080&height=1080');
    // It stood with neither, and read as the U.S. count falling to 5,000, linked to no source under the chart.
    expect(svg.match(/<g class="chart-footnotes">.*?<\/g>/)![0]).toMatch(/>25<\/text>/);
    expect(svg).toMatch(/>in Belarus<\/text>/);
  });
});

describe('the chosen date\'s rule', () => {
  it('runs through no source\'s number (a square chart\'s "35" and "34" on 24 February stood across it)', () => {
    const { svg } = exportPicture('layout=chart&width=1080&height=1080');
    const rx = Number(/<g pointer-events="none"><path d="M([\d.]+) [\d.]+V[\d.]+" fill="none"[^>]*stroke-width="1.5"\/>/.exec(svg)![1]);
    const numbers = [...svg.match(/<g class="chart-footnotes">.*?<\/g>/)![0].matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="([\d.]+)" font-weight="600"(?: text-anchor="(\w+)")?[^>]*>(\d+)<\/text>/g)];
    expect(numbers.length).toBeGreaterThan(20);
    const crossed = numbers.filter(([, x, y, size, anchor, label]) => {
      const rect = textRect(Number(x), Number(y), textWidth(label, Number(size), 600), Number(size), (anchor ?? 'start') as 'start' | 'middle' | 'end');
      return rect.x0 < rx + 0.75 && rect.x1 > rx - 0.75;
    }).map((m) => m[5]);
    expect(crossed).toEqual([]);
  });
});
