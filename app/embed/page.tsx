import type { Metadata } from 'next';
import { EmbedView } from '@/components/embed/EmbedView';
import { MapPreloads } from '@/components/map/MapPreloads';
import { ServerSvg } from '@/components/map/ServerSvg';
import { mapPageData, type SearchParams } from '../map-page-data';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false } };

/** The chrome-less view for iframes: the same map, figures and sources as the dashboard. The only frameable route. */
export default async function EmbedPage({ searchParams }: { searchParams: SearchParams }) {
  const { initial, state, firstPaint, mapSlot } = await mapPageData(searchParams);
  return (
    <EmbedView initial={initial} initialState={state} firstPaint={firstPaint}>
      <MapPreloads />
      <ServerSvg slot={mapSlot} className="map-underlay" />
    </EmbedView>
  );
}
