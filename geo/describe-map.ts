import { describeFigure, type Buildup, type ClaimSummary, occupationYear } from './buildup';
import { figuresAt, figureStacks } from './figure-stacks';
import { formatDate } from './format';
import { BORDER_ZONE_KM, flankSentence } from './map-words';
import { EASTERN_FLANK_NAMES } from './region';
import { figureScope, scopeBesidePlace } from './scope-words';
import { SERIES_LABELS } from './series';

/** "reported by" a person, "reported in" a report ("reported by a Ukrainian intelligence report" said it twice). */
const givenBy = (c: ClaimSummary) => (c.kind === 'projection' ? 'a projection by' : c.kind === 'estimate' ? 'an estimate by' : /\breport\b/i.test(c.claimant) ? 'reported in' : 'reported by');

const drawnAs = (kind: string) => (kind === 'projection' ? 'a dashed, hatched circle' : kind === 'estimate' ? 'a hollow circle' : 'a solid circle');

/**
 * Who claims a figure, inside a sentence, with who counts it: "a Ukrainian intelligence report shared with CNN
 * (Ukraine's officials)" (it read "by A Ukrainian…"), and one bracket, not two in a row ("… (in CNN's headline;
 * U.S. government)").
 */
export function whoInSentence(claimant: string, series: string | null): string {
  const who = /^(A|An|The) /.test(claimant) ? claimant[0].toLowerCase() + claimant.slice(1) : claimant;
  if (!series) return who;
  return who.endsWith(')') ? `${who.slice(0, -1)}; ${series})` : `${who} (${series})`;
}

/**
 * What a picture's map shows of the region (geo/render/areas-in-view.ts): the key's areas and lines, and the NATO
 * eastern-flank countries by name, in EASTERN_FLANK_NAMES's order. A scene's picture of Belarus was said to show
 * Crimea and all nine of the flank. (Names, not codes: the codes would travel in the pages' first scripts, which
 * share the region's module with this one's callers.)
 */
export interface MapInView {
  areas: ReadonlySet<string>;
  flank: readonly string[];
}

/** "Poland", "Poland and Romania", "Lithuania, Poland and Romania". */
const listed = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** Russia, Belarus, their borders with Ukraine and the border band, as far as the map shows them. */
function neighboursSentence(sees: (id: string) => boolean, bandHidden: boolean): string {
  const [russia, belarus] = [sees('russia'), sees('belarus')];
  if (!russia && !belarus) return '';
  const where = russia && belarus ? 'Russia lies to the north and east and Belarus to the north' : russia ? 'Russia lies to the north and east' : 'Belarus lies to the north';
  const borders = sees('borders') ? `; ${russia && belarus ? 'their land borders' : 'its land border'} with Ukraine ${russia && belarus ? 'are' : 'is'} drawn heavier` : '';
  const band = !bandHidden && sees('border-zone') ? `${borders ? ', and' : ';'} a band marks Russia within ${BORDER_ZONE_KM} km of the Russia–Ukraine border` : '';
  return `${where}${borders}${band}.`;
}

/** The flank as far as the map shows it: all nine by name, "from the Baltic to the Black Sea", only when all are. */
function flankWords(flank: readonly string[] | null): string {
  if (flank === null || flank.length === EASTERN_FLANK_NAMES.length) {
    // West of Russia, all nine: "to the west" (of Ukraine) put Estonia, Latvia and Lithuania, north beyond Belarus, there.
    return `West of Russia, from the Baltic to the Black Sea, lie ${flankSentence()}.`;
  }
  return flank.length ? `Of NATO's eastern-flank countries, the map shows ${listed(flank)}.` : '';
}

/**
 * The map in words, from the data, at a step of the timeline: what is shown where and the figures with who claims
 * them. The map's description (for screen readers, crawlers and text-only readers) and an exported picture's words
 * add the numbers without a circle (describe-picture.ts).
 */
export function describeMap(
  buildup: Pick<Buildup, 'steps' | 'asOf'> & { claims: readonly ClaimSummary[] },
  step = buildup.steps.length - 1,
  /** The claims whose figures are drawn (an export's picture draws those its box has room for): all unless given. */
  drawn: readonly ClaimSummary[] = buildup.claims,
  /** Layers the viewer hid: the words leave out what is not drawn (the border band). */
  hidden: readonly string[] = [],
  /** What a picture's map shows of the region: the words leave out the rest. All of it unless given. */
  inView: MapInView | null = null,
): string {
  const sees = (id: string) => inView === null || inView.areas.has(id);
  const year = occupationYear(buildup);
  // Each figure with what it covers, as the picture's sources and the chart say it: "nearly 122,000 troops (within
  // 200 km)" had read as a count of the whole buildup.
  const figures = figuresAt(figureStacks(hidden.includes('figures') ? [] : drawn, buildup.steps), step).map(({ claim: c }) => {
    // The whole scope, as the picture's list of sources says it: the chart's few words ("in and near Ukraine, with
    // Belarus") left a listener with less than a sighted reader.
    const { place } = figureScope(c);
    const scope = scopeBesidePlace(c.scope, place);
    return `${describeFigure(c)}${place}${scope ? ` (${scope})` : ''}, ${givenBy(c)} ${whoInSentence(c.claimant, c.series ? SERIES_LABELS[c.series] : null)}, source ${c.footnote}, drawn as ${drawnAs(c.kind)}`;
  });
  return [
    `Map of Ukraine and its neighbours as of ${formatDate(buildup.steps[step] ?? buildup.asOf)}.`,
    sees('crimea') ? `Crimea, Ukrainian territory occupied by Russia${year ? ` since ${year}` : ''}, is hatched and marked apart from Russia.` : '',
    neighboursSentence(sees, hidden.includes('zone')),
    flankWords(inView?.flank ?? null),
    figures.length > 0 ? `Circles with areas proportional to the numbers, one group for each who counts, show: ${figures.join('; ')}.` : '',
  ].filter(Boolean).join(' ');
}
