import type { Metadata } from 'next';
import { EmbedView } from '@/components/embed/EmbedView';
import { buildupPayload } from '@/geo/buildup-payload';
import { loadGeo } from '@/geo/load-geo';
import { firstPaintMap } from '@/geo/render/first-paint';
import { parseDashboardQuery } from '@/geo/url-state';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The chrome-less view for iframes: the same map, figures and sources as the dashboard. The only frameable route. */
export default async function EmbedPage({ searchParams }: { searchParams: SearchParams }) {
  const initial = buildupPayload();
  const query = parseDashboardQuery(await searchParams, initial.claims.map((c) => c.id));
  const { svg, ...firstPaint } = firstPaintMap(initial, loadGeo(), query.theme ?? 'light');
  return (
    <EmbedView initial={initial} initialQuery={query} firstPaint={firstPaint}>
      <div className="map-underlay" aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} />
    </EmbedView>
  );
}
