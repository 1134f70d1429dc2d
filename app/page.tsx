import { Dashboard } from '@/components/dashboard/Dashboard';
import { MapPreloads } from '@/components/map/MapPreloads';
import { ServerSvg } from '@/components/map/ServerSvg';
import { loadMetrics } from '@/geo/load-geo';
import { mapPageData, type SearchParams } from './map-page-data';

export const dynamic = 'force-dynamic';

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const { initial, state, firstPaint, mapSlot, chartSlot } = await mapPageData(searchParams);
  return (
    <Dashboard initial={initial} metrics={loadMetrics()} initialState={state} firstPaint={firstPaint} chart={<ServerSvg slot={chartSlot} className="chart" />}>
      <MapPreloads />
      <ServerSvg slot={mapSlot} className="map-underlay" />
    </Dashboard>
  );
}
