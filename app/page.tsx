import { Dashboard } from '@/components/dashboard/Dashboard';
import { loadMetrics } from '@/geo/load-geo';
import { loadReferenceFacts } from '@/geo/load-reference-facts';
import { MapPreloads } from '@/components/map/MapPreloads';
import { mapPageData, type SearchParams } from './map-page-data';

export const dynamic = 'force-dynamic';

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const { initial, query, svg, firstPaint } = await mapPageData(searchParams);
  return (
    <Dashboard initial={initial} metrics={loadMetrics()} referenceFacts={loadReferenceFacts()} initialQuery={query} firstPaint={firstPaint}>
      <MapPreloads />
      <div className="map-underlay" aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} />
    </Dashboard>
  );
}
