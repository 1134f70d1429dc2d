import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { isTheme } from '@/geo/tokens';
import { ASKED_URL_HEADER } from '@/geo/asked-url';

export const metadata: Metadata = { title: 'No such page · Buildup Map' };

/**
 * Any address that is not a page (a mistyped link, a removed scene): it says which address, leads to the pages that
 * are, and keeps the theme the address asks for (`?theme=dark`, as every page does). Next's own page had neither a
 * way back nor the site's theme. Plain links, not next/link: this page is in every page's payload (Next's not-found
 * boundary), and next/link took 3.3 KB of script onto the first paint of every page.
 */
export default async function NotFound() {
  // Not-found pages get no search params: proxy.ts hands the asked address on in a request header.
  const asked = new URL((await headers()).get(ASKED_URL_HEADER) ?? '/', 'http://x');
  const theme = asked.searchParams.get('theme');
  // The way on keeps the theme, as the sources page's link back to the map does.
  const query = isTheme(theme) ? `?theme=${theme}` : '';
  let path = asked.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Cut inside an escape: shown as it came.
  }
  return (
    <main className="sources-page not-found-page" data-theme={isTheme(theme) ? theme : undefined}>
      <h1>No page at this address</h1>
      <p>Buildup Map has no page at <code>{path}</code>.</p>
      <ul>
        <li><a href={`/${query}`}>The map</a>: Russia&rsquo;s troop buildup near Ukraine, October 2021 to 24 February 2022, every figure sourced</li>
        <li><a href={`/sources${query}`}>The sources</a>: every figure with who said it, when, and where it was published</li>
        <li><a href={`/present${query}`}>The presenter</a>: the story scene by scene, for a briefing or broadcast</li>
      </ul>
    </main>
  );
}
