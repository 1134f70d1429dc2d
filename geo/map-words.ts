/**
 * The words the map and its legends print, built from data so that none is typed twice: the Crimea note takes its
 * year from the claim that states it, counts become words from the lists they count.
 */
import { EASTERN_FLANK_NAMES } from './region';

/** The map data's credit, under every map and on every image. */
export const ATTRIBUTION = 'Boundaries: Natural Earth · Cities: GeoNames (CC BY 4.0)';

/**
 * How far into Russia "along the border" reaches on the map, stated in the legend: the depth of the zone Kyiv's counts
 * name ("within 200 kilometers of the Ukrainian border", Danilov, 22 December 2021; "a zone up to 200 kilometers",
 * Reznikov, 28 January 2022), so the figures counted in it are drawn in a band as deep. It was 100 km, which no
 * source names, and the figures "within 200 km" stood in a band keyed half as deep.
 */
export const BORDER_ZONE_KM = 200;

/** The map's named lines, as built into geo/data/borders.geojson by `npm run geo` (ISO 3166 numeric pairs). */
export const BORDER_LINES = [
  { id: 'russia-ukraine', name: 'Russia–Ukraine border', between: ['643', '804'] },
  { id: 'belarus-ukraine', name: 'Belarus–Ukraine border', between: ['112', '804'] },
  { id: 'crimea-mainland', name: 'Crimea–mainland Ukraine line', between: ['crimea', '804'] },
] as const;

export const BORDER_ZONE_NAME = `Russia within ${BORDER_ZONE_KM} km of the Russia–Ukraine border`;
export const BORDERS_LABEL = "Ukraine's land borders with Russia and Belarus";
export const CRIMEA_LINE_LABEL = BORDER_LINES[2].name;

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** 9 → "nine"; past twelve, digits. */
export const numberWord = (n: number) => WORDS[n] ?? String(n);

/** "Crimea: occupied by Russia since 2014": the note on the map. */
export const crimeaNote = (year: number | null) => `Crimea: occupied by Russia${year ? ` since ${year}` : ''}`;

/** "Crimea: Ukrainian, occupied by Russia since 2014": the legend's line. */
export const crimeaLegendLabel = (year: number | null) => `Crimea: Ukrainian, occupied by Russia${year ? ` since ${year}` : ''}`;

export const FLANK_LABEL = 'NATO eastern flank (Bucharest Nine)';

/** "the nine NATO eastern-flank countries: Bulgaria, …" */
export const flankSentence = () => `the ${numberWord(EASTERN_FLANK_NAMES.length)} NATO eastern-flank countries: ${EASTERN_FLANK_NAMES.join(', ')}`;
