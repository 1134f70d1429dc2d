import { originText, readAtText } from '@/geo/citation';
import type { Source } from '@/geo/schema';

/**
 * A citation as geo/citation.ts writes it, with the page linked: the original outlet and date, where the text was
 * read, and the title in quotation marks only when it is the page's own.
 */
export function Citation({ source }: { source: Source }) {
  const read = readAtText(source);
  const link = <a href={source.url} rel="noopener noreferrer" target="_blank">{source.title ?? source.description}</a>;
  return (
    <>
      {originText(source)}{read ? ` (${read})` : ''}: {source.title !== null ? <>“{link}”</> : link}
    </>
  );
}
