import type { Metadata } from 'next';
import { EmbedView } from '@/components/embed/EmbedView';
import { FirstPaint } from '@/components/map/FirstPaint';
import { MapPreloads } from '@/components/map/MapPreloads';
import { mapPageData, type SearchParams } from '../map-page-data';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false } };

/** The chrome-less view for iframes: the same map, figures and sources as the dashboard. The only frameable route. */
export default async function EmbedPage({ searchParams }: { searchParams: SearchParams }) {
  const { initial, state, firstPaint, slot } = await mapPageData(searchParams);
  return (
    <EmbedView initial={initial} initialState={state} firstPaint={firstPaint}>
      <MapPreloads />
      <FirstPaint slot={slot} />
    </EmbedView>
  );
}
