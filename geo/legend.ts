/**
 * The key, for the page (components/dashboard/Legend.tsx) and for every exported image (geo/render/legend.ts):
 * one list of entries, each with the layers its swatch is drawn with, so both keys show exactly what the map draws
 * in exactly its styles (geo/layers.ts).
 */
import type { ClaimSummary } from './buildup';
import type { MapLayerId } from './layers';
import { BORDER_ZONE_NAME, BORDERS_LABEL, CRIMEA_LINE_LABEL, crimeaLegendLabel, FLANK_LABEL } from './map-words';
import type { Role } from './region';
import type { Highlight } from './schema';
import type { LayerToggle } from './view-state';

export type Swatch =
  /** A box filled by these layers, bottom to top (a role picks the country colour of a by-role fill). */
  | { shape: 'area'; layers: readonly MapLayerId[]; role?: Role }
  /** The flank's two shades, split diagonally. */
  | { shape: 'flank' }
  | { shape: 'line'; layer: MapLayerId }
  | { shape: 'circle'; layers: readonly MapLayerId[] };

export interface LegendEntry { id: string; label: string; swatch: Swatch; toggle?: LayerToggle }

export const AREA_NOTE = 'Circle area is proportional to troops; a range is two circles. Each group is one series (who counts), never added to another.';

const FIGURE_KINDS = ['reported', 'estimate', 'projection'] as const;
const FIGURE_LABELS: Record<(typeof FIGURE_KINDS)[number], string> = {
  reported: 'Troops reported, numbered by source',
  estimate: 'Troops estimated, numbered by source',
  projection: 'Projection: a possible future level',
};
const FIGURE_LAYERS: Record<string, readonly MapLayerId[]> = {
  reported: ['figure-reported-fill', 'figure-reported-outline'],
  estimate: ['figure-estimate-outline'],
  projection: ['figure-projection-hatch', 'figure-projection-outline'],
};

export interface LegendInput {
  /** The figures the map draws (circles), in footnote order. */
  figures: readonly Pick<ClaimSummary, 'kind'>[];
  /** The year Crimea's occupation began, from the claims. */
  crimeaSince: number | null;
  hidden: readonly LayerToggle[];
  /** What a presenter scene outlines, if anything: the key says what the outline is. */
  highlight?: Highlight | null;
}

/** The outline each highlight is drawn with (geo/layers.ts). */
const HIGHLIGHT_LAYERS: Record<Highlight, MapLayerId> = {
  crimea: 'highlight-crimea', belarus: 'highlight-countries', 'eastern-flank': 'highlight-countries', 'border-zone': 'highlight-zone',
};
const HIGHLIGHT_LABEL = "Outlined: this scene's subject";

export function legendEntries({ figures, crimeaSince, hidden, highlight = null }: LegendInput): LegendEntry[] {
  const entries: LegendEntry[] = [
    { id: 'ukraine', label: 'Ukraine', swatch: { shape: 'area', layers: ['countries-fill'], role: 'ukraine' } },
    { id: 'crimea', label: crimeaLegendLabel(crimeaSince), swatch: { shape: 'area', layers: ['crimea-fill', 'crimea-hatch'] } },
    { id: 'russia', label: 'Russia', swatch: { shape: 'area', layers: ['countries-fill'], role: 'russia' } },
    { id: 'belarus', label: 'Belarus', swatch: { shape: 'area', layers: ['countries-fill'], role: 'belarus' } },
    { id: 'eastern-flank', label: FLANK_LABEL, swatch: { shape: 'flank' } },
    { id: 'neighbour', label: 'Other countries', swatch: { shape: 'area', layers: ['countries-fill'], role: 'neighbour' } },
    { id: 'border-zone', label: BORDER_ZONE_NAME, toggle: 'zone', swatch: { shape: 'area', layers: ['countries-fill', 'border-zone'], role: 'russia' } },
    // One entry per kind of figure drawn: each circle's number names its source, where the figure and who gave it are.
    ...FIGURE_KINDS.filter((kind) => figures.some((c) => c.kind === kind)).map((kind): LegendEntry => ({
      id: `figure-${kind}`,
      label: FIGURE_LABELS[kind],
      toggle: 'figures',
      swatch: { shape: 'circle', layers: FIGURE_LAYERS[kind] },
    })),
    { id: 'borders', label: BORDERS_LABEL, swatch: { shape: 'line', layer: 'borders' } },
    { id: 'crimea-line', label: CRIMEA_LINE_LABEL, swatch: { shape: 'line', layer: 'crimea-line' } },
    ...(highlight ? [{ id: 'highlight', label: HIGHLIGHT_LABEL, swatch: { shape: 'line', layer: HIGHLIGHT_LAYERS[highlight] } } satisfies LegendEntry] : []),
  ];
  return entries.filter((e) => !e.toggle || !hidden.includes(e.toggle));
}

/** The note under the key, when it shows any figure. */
export const legendNote = (entries: readonly LegendEntry[]) => (entries.some((e) => e.swatch.shape === 'circle') ? AREA_NOTE : null);
