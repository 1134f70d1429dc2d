/** The map's shapes, bottom to top: water, countries, Crimea, outlines, border zone, borders, figure circles. */
import { geoPath } from 'd3-geo';
import type { Geometry } from 'geojson';
import { sizes } from '../style';
import { escapeXml } from './escape-xml';
import type { MapFrame } from './map-frame';
import { PathWriter } from './path-context';
import { PATTERN } from './patterns';
import { FLANK_ALTERNATE_ISO } from '../style';

export interface MapGeometrySvg { defs: string; body: string }

const dash = (pattern: readonly number[], k: number) => pattern.map((n) => Math.round(n * k * 100) / 100).join(' ');
const w = (n: number, k: number) => String(Math.round(n * k * 100) / 100);

export function drawGeometry(frame: MapFrame): MapGeometrySvg {
  const { theme, k, box, data } = frame;
  const writer = new PathWriter(frame.tolerance);
  const path = geoPath(frame.projection, writer);
  const d = (geometry: Geometry) => {
    path(geometry);
    return writer.result();
  };
  const defs: string[] = [];
  const out: string[] = [];
  if (!frame.transparent) out.push(`<rect id="water" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="${theme.water}"/>`);

  const drawn: string[] = [];
  out.push('<g id="countries">');
  for (const country of data.countries) {
    const geometry = d(country.geometry);
    if (!geometry) continue;
    const id = `bm-c-${escapeXml(country.iso)}`;
    defs.push(`<path id="${id}" d="${geometry}"/>`);
    drawn.push(id);
    const alternate = country.role === 'eastern-flank' && (FLANK_ALTERNATE_ISO as readonly string[]).includes(country.iso);
    out.push(`<use xlink:href="#${id}" fill="${alternate ? theme.flankAlternate : theme.fill[country.role]}"/>`);
  }
  out.push('</g>');

  const crimea = d(data.crimea);
  if (crimea) {
    defs.push(`<path id="bm-crimea" d="${crimea}"/>`);
    drawn.push('bm-crimea');
    out.push(`<g id="crimea-fill"><use xlink:href="#bm-crimea" fill="${theme.fill.ukraine}"/><use xlink:href="#bm-crimea" fill="url(#${PATTERN.crimea})"/></g>`);
  }
  out.push(`<g id="outlines" fill="none" stroke="${theme.countryOutline}" stroke-width="${w(sizes.countryOutline, k)}" stroke-linejoin="round">`
    + drawn.map((id) => `<use xlink:href="#${id}"/>`).join('') + '</g>');

  const zone = data.zone && d(data.zone);
  if (zone) out.push(`<path id="border-zone" d="${zone}" fill="${theme.reported}" fill-opacity="0.25"/>`);

  const line = (id: string) => {
    const g = data.borders.get(id);
    return g ? d(g) : '';
  };
  const borders = [line('russia-ukraine'), line('belarus-ukraine')].filter(Boolean).join('');
  if (borders) {
    out.push(`<path id="borders" d="${borders}" fill="none" stroke="${theme.border}" stroke-width="${w(sizes.border, k)}" stroke-linejoin="round" stroke-linecap="round"/>`);
  }
  const crimeaLine = line('crimea-mainland');
  if (crimeaLine) {
    out.push(`<path id="crimea-line" d="${crimeaLine}" fill="none" stroke="${theme.crimeaLine}" stroke-width="${w(sizes.crimeaLine, k)}" stroke-dasharray="${dash(sizes.crimeaLineDash, k)}"/>`);
  }

  out.push('<g id="figures">');
  for (const symbol of data.symbols) {
    const geometry = d(symbol.geometry);
    if (!geometry) continue;
    const stroke = `stroke-width="${w(sizes.figureStroke, k)}" stroke-linejoin="round"`;
    out.push(symbol.kind === 'projection'
      ? `<path data-footnote="${symbol.footnote}" data-kind="projection" d="${geometry}" fill="url(#${PATTERN.projection})" stroke="${theme.projected}" ${stroke} stroke-dasharray="${dash(sizes.projectionDash, k)}"/>`
      : `<path data-footnote="${symbol.footnote}" data-kind="${escapeXml(symbol.kind)}" d="${geometry}" fill="${theme.reported}" fill-opacity="0.35" stroke="${theme.reported}" ${stroke}/>`);
  }
  out.push('</g>');
  return { defs: defs.join(''), body: out.join('') };
}
