/**
 * Text and markers on the map, drawn bottom to top: cities, seas and countries, the Crimea note, numbered callouts.
 * Sizes and colours come from the layer table (geo/layers.ts). Space is claimed in another order (callouts, the note,
 * capitals, other cities, seas and countries): a label that would collide or leave the map is not drawn at all.
 */
import { booleanPointInPolygon } from '@turf/turf';
import { geoPath } from 'd3-geo';
import type { Feature, MultiPolygon } from 'geojson';
import { cityLabelSides, type LabelSide, NAME_BORDERS } from '../city-label-sides';
import { isLabelKind, LABEL_KINDS, type LabelKind, labelText, NAME_LINE_EM, NAME_SHIFTS } from '../label-kinds';
import { calloutStyle, CALLOUT, layerById } from '../layers';
import { highlightRole } from '../map-style';
import { type as typeSizes } from '../style';
import type { ColourUse } from './palette';
import { escapeXml } from './escape-xml';
import type { FontWeight } from './fonts';
import { calloutBounds, calloutRadius, calloutSpot } from './callout-spot';
import { type MapFrame, px, stepAttrs, toggleState } from './map-frame';
import { LabelSpace, type Rect, textRect } from './place-labels';
import { projectedSegments } from './projected-segments';
import { segmentCrossesRect } from './segment-crosses-rect';
import { spreadCallouts } from '../spread-callouts';
import { textWidth } from './text-metrics';

type Anchor = 'start' | 'middle' | 'end';
interface Label { x: number; y: number; text: string; size: number; weight: FontWeight; anchor: Anchor; rect: Rect }

function project(frame: MapFrame, lngLat: [number, number] | number[]): [number, number] | null {
  const p = frame.projection([lngLat[0], lngLat[1]]);
  if (!p) return null;
  const { x, y, width, height } = frame.box;
  return p[0] >= x && p[0] <= x + width && p[1] >= y && p[1] <= y + height ? [p[0], p[1]] : null;
}

/** Whether a label's middle lies in the country it names (a name moved off its point must stay on its land). */
function within(frame: MapFrame, land: Feature<MultiPolygon>, l: Label): boolean {
  const lngLat = frame.projection.invert?.([l.x, l.y - 0.3 * l.size]);
  return Boolean(lngLat && booleanPointInPolygon(lngLat, land));
}

/** `spacing`: the letter spacing it is drawn with, in SVG units (added after every character, as browsers and resvg add it). */
function label(x: number, y: number, text: string, size: number, weight: FontWeight, anchor: Anchor, pad: number, spacing = 0): Label {
  const width = textWidth(text, size, weight) + spacing * [...text].length;
  return { x, y, text, size, weight, anchor, rect: textRect(x, y, width, size, anchor, pad) };
}

/**
 * A label on whole units (half a unit is under a pixel at every size drawn), without the default weight, and with
 * what its group says left to the group: the first paint's HTML carries every name three times (its label tiers),
 * so each character of a name's element counts.
 */
const placedText = (l: Label, attrs = '') => `<text x="${Math.round(l.x)}" y="${Math.round(l.y)}"${attrs}>${escapeXml(l.text)}</text>`;
const textEl = (l: Label) =>
  placedText(l, ` font-size="${px(l.size)}"${l.weight === 400 ? '' : ` font-weight="${l.weight}"`}${l.anchor === 'start' ? '' : ` text-anchor="${l.anchor}"`}`);

const paintOf = <T extends string>(frame: MapFrame, id: Parameters<typeof layerById>[0], type: T) => {
  const paint = layerById(id, frame.table).paint;
  if (paint.type !== type) throw new Error(`layer ${id} is not a ${type} layer`);
  return paint as Extract<typeof paint, { type: T }>;
};

/** A layer's group: its colours and its toggle's class in one `class` attribute (with the CSS palette). */
const group = (frame: MapFrame, id: string, classes: string[], colours: ColourUse, attrs: string, body: string) =>
  `<g data-layer="${id}"${frame.palette.attrs(colours, ...classes)}${attrs}>${body}</g>`;

/** The claims whose callouts this map draws, in footnote order. */
export function drawnCallouts(frame: MapFrame): number[] {
  return frame.data.figures.callouts.features
    .filter((f) => calloutSpot(frame, f) && toggleState(frame, f.properties.figure ? 'figures' : undefined).drawn)
    .filter((f) => !frame.stepsInCss || (f.properties.from <= frame.step && frame.step <= f.properties.to))
    .map((f) => f.properties.footnote)
    .sort((a, b) => a - b);
}

/** Whether a city's dot at `at` keeps the frame's edge clearance from every side of its box. */
function clearOfEdge({ box, edgeClearance, k }: MapFrame, [x, y]: [number, number]): boolean {
  const d = edgeClearance * k;
  return x >= box.x + d && x <= box.x + box.width - d && y >= box.y + d && y <= box.y + box.height - d;
}

/** Where labels may go, and the size of the marks around them (halo, city dot), in SVG units. */
interface Space { space: LabelSpace; halo: number; haloAttrs: string; mark: number }

/**
 * `scaledDown`: type drawn this much larger to be shown scaled down (namesAt) has halos and city dots as much
 * larger; the presenter's larger type does not.
 */
function labelSpace(frame: MapFrame, reserved: readonly Rect[], scaledDown = 1): Space {
  const { box, k } = frame;
  const space = new LabelSpace({ x0: box.x, y0: box.y, x1: box.x + box.width, y1: box.y + box.height });
  reserved.forEach((r) => space.take(r));
  const mark = k * scaledDown;
  const halo = 2 * typeSizes.halo * mark;
  return { space, halo, mark, haloAttrs: ` stroke-width="${px(halo)}" stroke-linejoin="round" paint-order="stroke"` };
}

type CalloutFeature = MapFrame['data']['figures']['callouts']['features'][number];
interface PlacedCallout { f: CalloutFeature; classes: string[]; at: [number, number] }

/**
 * Where each callout the map draws stands (geo/render/callout-spot.ts: inside the frame), kept clear of the callouts
 * shown with it (geo/spread-callouts.ts).
 */
function placedCallouts(frame: MapFrame): PlacedCallout[] {
  const r = calloutRadius(frame);
  const drawn: PlacedCallout[] = [];
  for (const f of frame.data.figures.callouts.features) {
    const at = calloutSpot(frame, f);
    const toggle = toggleState(frame, f.properties.figure ? 'figures' : undefined);
    if (at && toggle.drawn) drawn.push({ f, classes: toggle.classes, at });
  }
  const spots = drawn.map(({ f, at }) => ({ x: at[0], y: at[1], from: f.properties.from, to: f.properties.to }));
  const offsets = spreadCallouts(spots, 2 * r * CALLOUT.spacing, calloutBounds(frame));
  return drawn.map((c, i) => ({ ...c, at: [c.at[0] + offsets[i][0], c.at[1] + offsets[i][1]] }));
}

/** The numbered callouts, each claiming its space before any label; `at`: where each stands, by footnote. */
function placeCallouts(frame: MapFrame, { space }: Space): { markup: string; at: Map<number, [number, number]> } {
  const { k, palette } = frame;
  const t = frame.typeScale * k;
  const r = (CALLOUT.size / 2) * t;
  const placed = placedCallouts(frame);
  const markup = placed.map(({ f, classes, at }) => {
    const half = CALLOUT.clearance * r;
    space.take({ x0: at[0] - half, y0: at[1] - half, x1: at[0] + half, y1: at[1] + half });
    const style = calloutStyle(f.properties.kind);
    const size = r * 1.1;
    const dashed = style.dash ? ` stroke-dasharray="${style.dash.map((n) => px(n * t)).join(' ')}"` : '';
    const mark = `<circle cx="${px(at[0])}" cy="${px(at[1])}" r="${px(r - (CALLOUT.outlineWidth * t) / 2)}"${palette.attrs({ fill: style.fill, stroke: style.outline })} stroke-width="${px(CALLOUT.outlineWidth * t)}"${dashed}/>`
      + `<text x="${px(at[0])}" y="${px(at[1] + size * 0.36)}" font-size="${px(size)}" font-weight="700" text-anchor="middle"${palette.attrs({ fill: style.text })}>${escapeXml(f.properties.label)}</text>`;
    const href = frame.calloutLink?.(f.properties.id);
    const body = `<g class="callout" data-footnote="${f.properties.footnote}" data-kind="${escapeXml(f.properties.kind)}"${stepAttrs(frame, f.properties)}>`
      // Out of the tab order: the page hides this drawing from assistive technology (the panel lists every source,
      // and the live map's callouts are buttons); a pointer or a finger follows it.
      + (href ? `<a href="${escapeXml(href)}" data-claim="${escapeXml(f.properties.id)}" tabindex="-1">${mark}</a>` : mark)
      + '</g>';
    return group(frame, 'callouts', classes, {}, '', body);
  });
  return { markup: markup.join(''), at: new Map(placed.map(({ f, at }) => [f.properties.footnote, at])) };
}

/**
 * City names, seas, countries and the Crimea note, in the space the callouts left (whatever would collide is left out), and the
 * dots of the cities named.
 */
function placeNames(frame: MapFrame, spaceOf: Space): { dots: string; names: string } {
  const { space, halo, haloAttrs, mark } = spaceOf;
  const { k, geo } = frame;
  const t = frame.typeScale * k;
  const out: string[] = [];
  let dotGroup = '';
  // The Crimea note goes just south of the peninsula, over the Black Sea; or south of it running west from under it
  // (a map-only picture's credit in the lower right took the middle place, and the note went west of Crimea, over
  // Romania's coast); or else west of it; or else south of it running east from its western tip (a portrait scene's
  // scale bar took the other places).
  const notePaint = paintOf(frame, 'crimea-label', 'text');
  const noteSize = notePaint.size * t;
  const [[cx0, cy0], [cx1, cy1]] = geoPath(frame.projection).bounds(frame.data.crimea);
  const crimeaShown = Number.isFinite(cx0) && cx1 > cx0;
  const note = crimeaShown ? space.place([
    label((cx0 + cx1) / 2, cy1 + noteSize * 1.1, frame.data.crimeaNote, noteSize, 400, 'middle', halo),
    ...[1, 2, 3, 4].filter((n) => cx1 - n * noteSize > (cx0 + cx1) / 2).map((n) => label(cx1 - n * noteSize, cy1 + noteSize * 1.1, frame.data.crimeaNote, noteSize, 400, 'end', halo)),
    label(cx0 - noteSize * 0.6, (cy0 + cy1) / 2 + noteSize * 0.35, frame.data.crimeaNote, noteSize, 400, 'end', halo),
    label(cx0, cy1 + noteSize * 1.1, frame.data.crimeaNote, noteSize, 400, 'start', halo),
  ]) : null;

  // The scene's subject first: the names of the countries it highlights, before any city's (as the live map places them).
  const subject = highlightRole(frame.highlight);
  const isSubject = (f: (typeof geo.labels.features)[number]) => subject !== '' && f.properties?.role === subject;
  const subjectNames = subject ? placeNamesOf(frame, spaceOf, 'subject-labels', geo.labels.features.filter(isSubject)) : null;

  const cityToggle = toggleState(frame, layerById('city-labels', frame.table).toggle);
  if (cityToggle.drawn) {
    const dotPaint = paintOf(frame, 'city-dots', 'circle');
    const namePaint = paintOf(frame, 'city-labels', 'text');
    const cities = geo.cities.features
      .filter((f) => f.properties?.rank === 1 || frame.detailed)
      .sort((a, b) => Number(b.properties?.capital) - Number(a.properties?.capital) || a.properties?.rank - b.properties?.rank);
    const dots: string[] = [];
    const names: string[] = [];
    const nameBorders = NAME_BORDERS.flatMap((id) => projectedSegments(frame.data.borders.get(id), frame.projection));
    for (const f of cities) {
      const at = project(frame, f.geometry.coordinates);
      if (!at) continue;
      const capital = Boolean(f.properties?.capital);
      const dotR = (capital ? dotPaint.capitalRadius : dotPaint.radius) * mark;
      const dot = { x0: at[0] - dotR, y0: at[1] - dotR, x1: at[0] + dotR, y1: at[1] + dotR };
      if (!space.fits(dot) || !clearOfEdge(frame, at)) continue;
      const size = (capital ? namePaint.capitalSize ?? namePaint.size : namePaint.size) * t;
      const gap = dotR + 2 * mark;
      const mid = at[1] + size * 0.34;
      const name = String(f.properties?.name ?? '');
      const beside: Record<LabelSide, () => Label> = {
        right: () => label(at[0] + gap, mid, name, size, 400, 'start', halo),
        left: () => label(at[0] - gap, mid, name, size, 400, 'end', halo),
        above: () => label(at[0], at[1] - gap - size * 0.25, name, size, 400, 'middle', halo),
        below: () => label(at[0], at[1] + gap + size * 0.8, name, size, 400, 'middle', halo),
      };
      const sides = cityLabelSides(f.properties?.labelAvoid).map((side) => beside[side]());
      // A place whose name would cross the border drawn under it only where no other fits.
      const crossing = (l: Label) => nameBorders.some((s) => segmentCrossesRect(s, l.rect));
      const placed = space.place([...sides.filter((l) => !crossing(l)), ...sides.filter(crossing)]);
      if (!placed) continue;
      space.take(dot);
      // On whole units, as the names are (textEl).
      dots.push(`<circle cx="${Math.round(at[0])}" cy="${Math.round(at[1])}" r="${px(dotR)}"/>`);
      names.push(textEl(placed));
    }
    dotGroup = group(frame, 'city-dots', cityToggle.classes, { fill: dotPaint.colour, stroke: dotPaint.halo }, ` stroke-width="${px(dotPaint.haloWidth * mark)}"`, dots.join(''));
    out.push(group(frame, 'city-labels', cityToggle.classes, { fill: namePaint.colour, stroke: namePaint.halo }, haloAttrs, names.join('')));
  }

  out.push(placeNamesOf(frame, spaceOf, 'place-labels', geo.labels.features.filter((f) => !isSubject(f))));
  if (subjectNames) out.push(subjectNames);
  if (note) out.push(group(frame, 'crimea-label', [], { fill: notePaint.colour, stroke: notePaint.halo }, haloAttrs, textEl(note)));
  return { dots: dotGroup, names: out.join('') };
}

/**
 * Seas and countries, in the list's order, each at its anchor or the nearest free line below or above it. All of one
 * size and centred, said once on the layer's group, and each kind's spacing once on its own group.
 */
function placeNamesOf(frame: MapFrame, { space, halo, haloAttrs }: Space, layerId: 'place-labels' | 'subject-labels', features: MapFrame['geo']['labels']['features']): string {
  const t = frame.typeScale * frame.k;
  const paint = paintOf(frame, layerId, 'text');
  const size = paint.size * t;
  const byKind = new Map<LabelKind, string[]>();
  for (const f of features) {
    const at = project(frame, f.geometry.coordinates);
    const kind = f.properties?.kind;
    if (!at || !isLabelKind(kind)) continue;
    const text = labelText(String(f.properties?.name ?? ''), kind);
    const spacing = LABEL_KINDS[kind].letterSpacingEm * size;
    // A name may move a line off its point where it collides; a country's only within that country (moved a line
    // up, Moldova's name stood over Ukraine).
    const land = kind === 'country' ? frame.geo.countries.features.find((c) => c.properties?.name === f.properties?.name) : undefined;
    const candidates = NAME_SHIFTS.map((shift) => label(at[0], at[1] + shift * size * NAME_LINE_EM, text, size, 400, 'middle', halo / 2, spacing));
    const placed = space.place(land ? candidates.filter((c) => within(frame, land, c)) : candidates);
    if (placed) byKind.set(kind, [...byKind.get(kind) ?? [], placedText(placed)]);
  }
  const places = [...byKind].map(([kind, texts]) => {
    const spacing = LABEL_KINDS[kind].letterSpacingEm * size;
    return spacing ? `<g letter-spacing="${px(spacing)}">${texts.join('')}</g>` : texts.join('');
  });
  return group(frame, layerId, [], { fill: paint.colour, stroke: paint.halo }, `${haloAttrs} font-size="${px(size)}" text-anchor="middle"`, places.join(''));
}

/**
 * A first paint's extra set of names (FIRST_PAINT_LABEL_TIERS): drawn `typeScale` times larger, shown while the SVG is
 * scaled below `below` to fit its box, where the set before it would be under about 10 px.
 */
export interface LabelTier { typeScale: number; below: number }

/** The tiers, and the size of the whole SVG they scale with (in CSS px, as its width and height say). */
export interface LabelTiers { tiers: readonly LabelTier[]; width: number; height: number }

/**
 * `reserved`: boxes already drawn over the map (the scale bar) that labels keep out of. With `tiers`, the names are
 * drawn once per tier as well, and a style shows the set for the box the SVG is scaled into (its nearest size
 * container) with callouts scaled alike: an SVG scaled down to fit a phone keeps readable names that never overlap.
 */
export function drawLabels(frame: MapFrame, reserved: readonly Rect[] = [], tiers: LabelTiers | null = null): string {
  const space = labelSpace(frame, reserved);
  const callouts = placeCallouts(frame, space);
  const { dots, names } = placeNames(frame, space);
  if (!tiers) return dots + names + callouts.markup;
  // Each set has the dots of the cities it names, so a city whose name a larger set leaves out loses its dot too,
  // as on the live map (where the dot is the icon of the name's symbol).
  const sets = tiers.tiers.map((tier) => namesAt(frame, reserved, tier.typeScale));
  const markup = sets.map((set, i) => tierGroup(tiers.tiers[i].typeScale, set.names));
  return `<style>${tierStyle(frame, tiers, callouts.at, sets.map((set) => set.callouts))}</style>${tierGroup(1, dots + names)}${markup.join('')}${callouts.markup}`;
}

/**
 * One tier's names, in an `<svg>` of the map's own size and units rather than a `<g>`: Chromium lays out all that a
 * `<g>` holds even while its display is none (it keeps the group for `<use>`), so the two tiers a page does not show
 * cost its first layout 121 objects, 42 of them text; an `<svg>` that is not shown is not laid out at all.
 */
const tierGroup = (typeScale: number, content: string) => `<svg data-labels="${typeScale}" overflow="visible">${content}</svg>`;

/**
 * The dots and names, placed again for type `typeScale` times larger, after callouts of that size claim their space;
 * and where those larger callouts stand (kept clear of each other at that size).
 */
function namesAt(frame: MapFrame, reserved: readonly Rect[], typeScale: number): { names: string; callouts: Map<number, [number, number]> } {
  const scaled = { ...frame, typeScale: frame.typeScale * typeScale };
  const space = labelSpace(scaled, reserved, typeScale);
  const { at } = placeCallouts(scaled, space);
  const { dots, names } = placeNames(scaled, space);
  return { names: dots + names, callouts: at };
}

/**
 * Each tier's set shows in a box smaller than its `below` times the whole SVG, across or down; its callouts, scaled
 * alike, move to where that tier placed them (`tierCallouts`) from where the SVG draws them (`base`).
 */
function tierStyle(frame: MapFrame, { tiers, width, height }: LabelTiers, base: Map<number, [number, number]>, tierCallouts: Map<number, [number, number]>[]): string {
  const scope = `#${frame.idPrefix}-map`;
  // One specificity throughout, so that each later rule wins over the ones before it.
  const hidden = tiers.map((tier) => `${scope} [data-labels="${tier.typeScale}"]`).join(',');
  const marks = `${scope} .callout`;
  const rules = [`${hidden}{display:none}${marks}{transform-box:fill-box;transform-origin:center}`];
  let shown = 1;
  const moved = new Set<number>();
  tiers.forEach((tier, i) => {
    const size = `(width < ${px(width * tier.below)}px) or (height < ${px(height * tier.below)}px)`;
    const moves: string[] = [];
    for (const [footnote, at] of tierCallouts[i]) {
      const from = base.get(footnote);
      if (!from) continue;
      // Whole units: the first paint's HTML has an 18 KB budget, and half a unit is not seen.
      const [dx, dy] = [String(Math.round(at[0] - from[0])), String(Math.round(at[1] - from[1]))];
      // A callout moved at a smaller tier is set again here, if only back to its place.
      if (dx === '0' && dy === '0' && !moved.has(footnote)) continue;
      moved.add(footnote);
      moves.push(`${scope} [data-footnote="${footnote}"]{translate:${dx}px ${dy}px}`);
    }
    rules.push(`@container ${size}{${scope} [data-labels="${shown}"]{display:none}${scope} [data-labels="${tier.typeScale}"]{display:inline}${marks}{scale:${tier.typeScale}}${moves.join('')}}`);
    shown = tier.typeScale;
  });
  return rules.join('');
}
