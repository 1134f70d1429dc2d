import type { Metadata } from 'next';
import { EmbedView } from '@/components/embed/EmbedView';
import { MapPreloads } from '@/components/map/MapPreloads';
import { mapPageData, type SearchParams } from '../map-page-data';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false } };

/** The chrome-less view for iframes: the same map, figures and sources as the dashboard. The only frameable route. */
export default async function EmbedPage({ searchParams }: { searchParams: SearchParams }) {
  const { initial, query, svg, firstPaint } = await mapPageData(searchParams);
  return (
    <EmbedView initial={initial} initialQuery={query} firstPaint={firstPaint}>
      <MapPreloads />
      <div className="map-underlay" aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} />
    </EmbedView>
  );
}
