/** Where an exported image came from, in a form that survives editing: SVG <metadata> and PNG/JPEG text. */
import type { NumberedClaim } from '../buildup';
import { escapeXml } from './escape-xml';
import { EXPORT_NS } from './export-url';
import { citationText } from '../citation';
import { sourceText } from './format';
import { claimChangeText } from '../change-words';

export interface ExportMeta {
  title: string;
  subtitle: string;
  /** What the picture shows, in words (its alt text). */
  description: string;
  permalink: string;
  asOf: string;
  version: string;
  /** The desk's data version the image was drawn from (0: from the files alone). */
  dataVersion: number;
  /** In the order the source block lists them. */
  claims: NumberedClaim[];
  /**
   * How many of `claims` the picture's own list names (the rest it counts as "+N more at" its permalink); null for a
   * picture without a list (a bare map). The export dialog reads it: it had read the "+N more" line, which the list
   * may wrap ("+6 more at" on one line, the address on the next), and then said nothing of an image listing none.
   */
  listed: number | null;
  /** The newsroom's credit line, when one was given: PNG's and JPEG's `Author`. */
  credit?: string | null;
  /** The credit of the map's data (ATTRIBUTION); null for a picture without a map, the chart. */
  attribution: string | null;
  /** The city a zoomed-in view is about (geo/view-place.ts), which the file name says: the dialog reads it here. */
  place?: string | null;
  /** The alt text for a social post, at most 1,000 characters (geo/describe-picture-short.ts); null: the chart's. */
  shortDescription?: string | null;
}

export const SOFTWARE = 'Buildup Map';
const NS = EXPORT_NS;

export function svgMetadata(meta: ExportMeta): string {
  const sources = meta.claims.map((c) => {
    const s = c.source;
    const attr = (name: string, value: string | null | undefined) => (value ? ` ${name}="${escapeXml(value)}"` : '');
    return `<bm:source footnote="${c.footnote}" claim="${escapeXml(c.id)}" kind="${escapeXml(c.kind)}" claimant="${escapeXml(c.claimant)}" saidOn="${escapeXml(c.saidOn)}"`
      + `${attr('outlet', s.outlet)}${attr('published', s.published)}${attr('dateNote', s.dateNote)}${attr('title', s.title)}${attr('description', s.description)}`
      + `${attr('readAt', s.readAt?.publisher)}${attr('readHow', s.readAt?.how)}${attr('readPublished', s.readAt?.published)} url="${escapeXml(s.url)}"`
      + ` citation="${escapeXml(citationText(s))}"${(c.changes ?? []).length ? ` changes="${escapeXml(c.changes!.map(claimChangeText).join(' | '))}"` : ''}>${escapeXml(c.quote)}</bm:source>`;
  }).join('');
  return `<metadata><bm:export xmlns:bm="${NS}" title="${escapeXml(meta.title)}" subtitle="${escapeXml(meta.subtitle)}" permalink="${escapeXml(meta.permalink)}" asOf="${escapeXml(meta.asOf)}" version="${escapeXml(meta.version)}" dataVersion="${meta.dataVersion}"${meta.listed === null ? '' : ` listed="${meta.listed}"`} `
    + `${meta.credit ? `credit="${escapeXml(meta.credit)}" ` : ''}software="${SOFTWARE}"${meta.attribution ? ` attribution="${escapeXml(meta.attribution)}"` : ''}${meta.place ? ` place="${escapeXml(meta.place)}"` : ''}${meta.shortDescription ? ` shortDescription="${escapeXml(meta.shortDescription)}"` : ''}>${sources}</bm:export></metadata>`;
}

/** One line a source: "[1] more than 90,000 troops: Ukrainian officials. RFE/RL, written before … (read in …): “…”. https://…" */
export function sourcesText(claims: NumberedClaim[]): string {
  return claims.map((c) => `[${c.footnote}] ${sourceText(c)} ${c.source.url}`).join('\n');
}

/** The text fields raster exports carry, in the order they are written. */
export function imageTextFields(meta: ExportMeta): [string, string][] {
  return [
    ['Title', meta.title],
    ...(meta.credit ? [['Author', meta.credit] as [string, string]] : []),
    ['Description', meta.subtitle],
    ['Source', sourcesText(meta.claims)],
    ...(meta.attribution ? [['Copyright', meta.attribution] as [string, string]] : []),
    ['Creation Time', meta.asOf],
    ['Software', SOFTWARE],
    ['Data version', String(meta.dataVersion)],
    ['Permalink', meta.permalink],
  ];
}
