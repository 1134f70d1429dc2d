import { formatDate } from './format';

/**
 * What an editor should know of a claim said outside the timeline readers have now: publishing it moves the first
 * (or last) day of every page's timeline there. Not refused (a figure from before the story's first report can belong
 * in it), but said, in words: a date box that reads day and month in the browser's order turned 3 December 2021,
 * typed 03122021, into 12 March 2021, which was published and stretched the slider back seven months.
 */
export function timelineExtentNote(saidOn: string, steps: readonly string[]): string | null {
  const first = steps[0], last = steps.at(-1);
  // A day still to come is refused (geo/schema.ts): "publishing it makes every page's timeline end" there read as if
  // it could be published.
  if (!first || !last || (saidOn >= first && saidOn <= last) || saidOn > new Date().toISOString().slice(0, 10)) return null;
  const [side, day, end] = saidOn < first ? ['before', first, 'start'] : ['after', last, 'end'];
  return `Said on ${formatDate(saidOn)}, ${side} ${formatDate(day)}, where readers' timeline ${end}s now: publishing it makes every page's timeline ${end} on ${formatDate(saidOn)}. Check that the day and the month are the ones meant.`;
}
