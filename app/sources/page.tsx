import type { Metadata } from 'next';
import { ServerMarkup } from '@/components/markup/ServerMarkup';
import { putMarkup } from '@/components/markup/markup-slot';
import { formatDate } from '@/geo/format';
import { pinnedEmbed, pinnedLabel } from '@/geo/pinned-embed';
import { VERSION_PARAM } from '@/geo/pinned-version';
import { claimLists } from '@/geo/render/claim-lists';
import { stepForDate } from '@/geo/timeline';
import { dateNotice, themeNotice } from '@/geo/address-notice';
import { firstRaw, formatQuery, parseViewState } from '@/geo/view-state';
import { currentBuildup } from '@/store/current';
import type { SearchParams } from '../map-page-data';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Sources · Buildup Map' };

/**
 * Every source known by a date (`?date=`, as on the dashboard): the exact words, who said them, when and where they
 * were published, and every claim as a table. The dashboard loads the same lists after it starts; this page is
 * where a page without script (and anyone citing the figures) finds them. `?v=N` lists data version N as published:
 * a pinned embed's numbers lead here, to the sources of the figures it shows rather than of the latest.
 */
export default async function SourcesPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const { data: pinned, notice } = await pinnedEmbed(query[VERSION_PARAM], 'this page lists');
  const buildup = pinned?.buildup ?? (await currentBuildup());
  const state = parseViewState({ query }, { claimIds: buildup.claims.map((c) => c.id), steps: buildup.steps });
  const step = stepForDate(buildup.steps, state.date);
  const lists = claimLists({ claims: buildup.claims, steps: buildup.steps, step });
  const variant = `${buildup.version}-${step}`;
  const known = buildup.claims.filter((c) => c.saidOn <= buildup.steps[step]).length;
  // A date or theme the page does not have is ignored, as on the map, and said (they were ignored without a word).
  const ignored = [notice, dateNotice(firstRaw(query, 'date'), buildup.steps), themeNotice(query)].filter((n) => n !== null).join(' ');
  return (
    <main className="sources-page" data-theme={state.theme ?? undefined}>
      {ignored ? <p role="note">{ignored}</p> : null}
      <p>
        <a href={`/${formatQuery({ ...state, source: null })}`}>← {buildup.story.title}: the map{pinned ? ', with the latest data' : ''}</a>
      </p>
      <h1>Sources as of {formatDate(buildup.steps[step])}</h1>
      {pinned ? <p className="sources-version" data-version={pinned.version}>{pinnedLabel(pinned)}</p> : null}
      <p>{known} of {buildup.claims.length} claims said by then, numbered as on the map, each with its exact words and where they were published.</p>
      <ServerMarkup slot={putMarkup(`sources-${variant}`, lists.sources)} className="sources-frame" />
      <h2>All claims as a table</h2>
      <ServerMarkup slot={putMarkup(`table-${variant}`, lists.table)} className="claims-table-frame" role="region" aria-label="All claims" tabIndex={0} />
    </main>
  );
}
