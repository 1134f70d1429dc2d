import { Dashboard } from '@/components/dashboard/Dashboard';
import { buildupPayload } from '@/geo/buildup-payload';
import { loadGeo, loadMetrics } from '@/geo/load-geo';
import { loadReferenceFacts } from '@/geo/load-reference-facts';
import { firstPaintMap } from '@/geo/render/first-paint';
import { parseDashboardQuery } from '@/geo/url-state';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const initial = buildupPayload();
  const query = parseDashboardQuery(await searchParams, initial.claims.map((c) => c.id));
  const { svg, ...firstPaint } = firstPaintMap(initial, loadGeo(), query.theme ?? 'light');
  return (
    <Dashboard initial={initial} metrics={loadMetrics()} referenceFacts={loadReferenceFacts()} initialQuery={query} firstPaint={firstPaint}>
      <div className="map-underlay" aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} />
    </Dashboard>
  );
}
