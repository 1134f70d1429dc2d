import type { ThemeName } from '../tokens';

const SOURCE_LINK = /href="\/sources(?:\?([^"#]*))?(#[^"]*)?"/g;

/**
 * A first paint's links to `/sources` (a callout's, a chart mark's), which every viewer of a data version shares,
 * carrying the viewer's theme: without script, a reader of `?theme=dark` followed a number to a light page. The
 * theme stands where formatQuery puts it (after the date), so the address is the one the page's own links give.
 * `markup` is SVG or HTML, its query's `&` written `&amp;`.
 */
export function sourceLinksThemed(markup: string, theme: ThemeName | null): string {
  if (!theme) return markup;
  return markup.replace(SOURCE_LINK, (_, query: string | undefined, hash: string | undefined) => {
    const pairs = query ? query.split('&amp;') : [];
    pairs.splice(pairs[0]?.startsWith('date=') ? 1 : 0, 0, `theme=${theme}`);
    return `href="/sources?${pairs.join('&amp;')}${hash ?? ''}"`;
  });
}
