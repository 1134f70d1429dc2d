/**
 * How a citation reads, on the page, in source cards, in every export and in image metadata: the original outlet
 * and its date (or what is known of it), where the text was read when that is a republication, a digest or a
 * quotation, and the page's title in quotation marks only when it is the page's own title as stored.
 * ../shared/sources/README.md ("How to cite") is the rule this follows.
 */
import { formatDate } from './format';
import { escapeXml } from './render/escape-xml';
import type { Source } from './schema';

/** "read in a republication by US News, 18 January 2022" */
export function readAtText(source: Source): string | null {
  const read = source.readAt;
  if (!read) return null;
  const date = read.published ? `, ${formatDate(read.published)}` : '';
  switch (read.how) {
    case 'republication': return `read in a republication by ${read.publisher}${date}`;
    case 'digest': return `read in a digest at ${read.publisher}${date}`;
    case 'quotation': return `as quoted by ${read.publisher}${date}`;
    case 'copy': return `read at ${read.publisher}${date}`;
  }
}

/** "RFE/RL, written before the 7 December 2021 videoconference" or "Associated Press, 6 December 2021". */
export function originText(source: Source): string {
  return `${source.outlet}, ${source.published ? formatDate(source.published) : source.dateNote}`;
}

/** “The page's own title”, or the description of an untitled page (never in quotation marks). */
export function titleText(source: Source): string {
  return source.title !== null ? `“${source.title}”` : source.description!;
}

/**
 * The whole citation in one line: `RFE/RL, written before the 7 December 2021 videoconference (read in a
 * republication by US News, 18 January 2022): “Biden, Putin To Hold Talks Amid Fears Of New War In Ukraine”`.
 */
export function citationText(source: Source): string {
  return `${briefCitationText(source)}: ${titleText(source)}`;
}

/**
 * The citation without the page's title: who published it and when, and where it was read (all that "How to cite"
 * requires). For an image whose list has no room for every source whole; its metadata and permalink keep them whole.
 */
export function briefCitationText(source: Source): string {
  const read = readAtText(source);
  return `${originText(source)}${read ? ` (${read})` : ''}`;
}

/**
 * The citation as HTML, the page linked from its title or description: the one rendering of a citation on the page
 * (source list, claims table, source card), so they cannot drift apart.
 */
export function citationHtml(source: Source): string {
  const read = readAtText(source);
  const link = `<a href="${escapeXml(source.url)}" rel="noopener noreferrer" target="_blank">${escapeXml(source.title ?? source.description!)}</a>`;
  return `${escapeXml(originText(source))}${read ? ` (${escapeXml(read)})` : ''}: ${source.title !== null ? `“${link}”` : link}`;
}

/** What each kind of claim is, in a reader's words. */
export const KIND_LABELS: Record<string, string> = {
  reported: 'reported',
  estimate: 'estimate',
  projection: 'projection (a possible future level)',
  status: 'statement of fact',
  statement: 'statement',
  conditional: 'conditional statement (what would follow if a condition is met)',
};

export const kindLabel = (kind: string) => KIND_LABELS[kind] ?? kind;
