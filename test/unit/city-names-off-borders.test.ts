/**
 * City names beside Ukraine's borders with Russia and Belarus stand on their city's side of the line: "Rostov-on-Don"
 * stood over Ukraine and "Luhansk" over Russia, each crossing the border drawn under it (geo/city-label-sides.ts).
 * Read from the drawn SVG: the names' boxes against the border's path.
 */
import { describe, expect, it } from 'vitest';
import { exportPicture } from '@/test/support/export-picture';
import { textRect, type Rect } from '@/geo/render/place-labels';
import { textWidth } from '@/geo/render/text-metrics';
import { type Segment, segmentCrossesRect } from '@/geo/render/segment-crosses-rect';


/** The straight pieces of a path written with M, m, L, l, H, h, V, v and Z (as the renderer writes lines). */
function segments(d: string): Segment[] {
  const out: [number, number, number, number][] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const [, command, args] of d.matchAll(/([MmLlHhVvZz])([^MmLlHhVvZz]*)/g)) {
    const n = (args.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
    const lineTo = (nx: number, ny: number) => {
      out.push([x, y, nx, ny]);
      [x, y] = [nx, ny];
    };
    if (command === 'M' || command === 'm') {
      for (let i = 0; i < n.length; i += 2) {
        const [nx, ny] = command === 'M' ? [n[i], n[i + 1]] : [x + n[i], y + n[i + 1]];
        if (i === 0) [x, y, startX, startY] = [nx, ny, nx, ny];
        else lineTo(nx, ny);
      }
    } else if (command === 'L' || command === 'l') {
      for (let i = 0; i < n.length; i += 2) lineTo(command === 'L' ? n[i] : x + n[i], command === 'L' ? n[i + 1] : y + n[i + 1]);
    } else if (command === 'H' || command === 'h') n.forEach((v) => lineTo(command === 'H' ? v : x + v, y));
    else if (command === 'V' || command === 'v') n.forEach((v) => lineTo(x, command === 'V' ? v : y + v));
    else lineTo(startX, startY);
  }
  return out;
}

const layer = (svg: string, id: string) => {
  const start = svg.indexOf(`<g data-layer="${id}"`);
  return start < 0 ? '' : svg.slice(start, svg.indexOf('</g>', start));
};

/** Each city name drawn: its text and box. */
function cityNames(svg: string): { name: string; rect: Rect }[] {
  return [...layer(svg, 'city-labels').matchAll(/<text x="([\d.-]+)" y="([\d.-]+)" font-size="([\d.]+)"(?: text-anchor="(\w+)")?>([^<]+)<\/text>/g)]
    .map(([, x, y, size, anchor, name]) => ({ name, rect: textRect(Number(x), Number(y), textWidth(name, Number(size)), Number(size), (anchor ?? 'start') as 'start' | 'middle' | 'end') }));
}

describe('city names and Ukraine\'s borders with Russia and Belarus', () => {
  // Before the names kept to their side, every one of these drew a name across the border (Kharkiv, Donetsk and
  // Luhansk on the HD picture, Luhansk in scene 11). Where every other place is taken a name still crosses rather than go
  // unnamed: Belgorod on the landscape A4, and Warsaw over the Belarus–Ukraine border's western tip on a square card.
  const queries = [
    'width=1920&height=1080', 'width=2480&height=3508&dpi=300', 'width=1080&height=1350', 'width=1200&height=675',
    'width=1920&height=1080&layout=map-only', 'width=1920&height=1080&scene=11', 'width=1920&height=1080&scene=2',
    'width=1920&height=1080&date=2021-12-03',
  ];
  for (const query of queries) {
    it(`no name crosses them in the export ${query}`, () => {
      const { svg } = exportPicture(`format=svg&${query}`);
      const border = [...layer(svg, 'borders').matchAll(/ d="([^"]+)"/g)].flatMap(([, d]) => segments(d));
      const names = cityNames(svg);
      expect(border.length).toBeGreaterThan(50);
      expect(names.length).toBeGreaterThan(5);
      expect(names.filter((n) => border.some((s) => segmentCrossesRect(s, n.rect))).map((n) => n.name)).toEqual([]);
    });
  }
});
