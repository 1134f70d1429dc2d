import { Dashboard } from '@/components/dashboard/Dashboard';
import { FirstPaint } from '@/components/map/FirstPaint';
import { MapPreloads } from '@/components/map/MapPreloads';
import { loadMetrics } from '@/geo/load-geo';
import { mapPageData, type SearchParams } from './map-page-data';

export const dynamic = 'force-dynamic';

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const { initial, state, firstPaint, slot } = await mapPageData(searchParams);
  return (
    <Dashboard initial={initial} metrics={loadMetrics()} initialState={state} firstPaint={firstPaint}>
      <MapPreloads />
      <FirstPaint slot={slot} />
    </Dashboard>
  );
}
