import { describeFigure, headlineClaims, type Buildup, occupationYear } from './buildup';
import { BORDER_ZONE_KM, flankSentence } from './map-words';

/**
 * The map in words, from the data: what is shown where and the figures with who claims them. Screen readers
 * get it as the map's description; it is also what a crawler or a text-only reader finds.
 */
export function describeMap(buildup: Buildup): string {
  const year = occupationYear(buildup);
  const figures = headlineClaims(buildup)
    .map((c) => `${describeFigure(c)}, ${c.kind === 'projection' ? 'a projection' : c.kind === 'estimate' ? 'an estimate' : c.kind} by ${c.claimant} (source ${c.footnote}), drawn as a ${c.kind === 'projection' ? 'dashed, hatched' : c.kind === 'estimate' ? 'hollow' : 'solid'} circle`);
  return [
    'Map of Ukraine and its neighbours.',
    `Crimea, Ukrainian territory occupied by Russia${year ? ` since ${year}` : ''}, is hatched and marked apart from Russia.`,
    `Russia lies to the north and east and Belarus to the north; their land borders with Ukraine are drawn heavier, and a band marks Russia within ${BORDER_ZONE_KM} km of the Russia–Ukraine border.`,
    `To the west lie ${flankSentence()}.`,
    figures.length > 0 ? `In Russia beside the border, circles with areas proportional to the numbers show: ${figures.join('; ')}.` : '',
  ].filter(Boolean).join(' ');
}
