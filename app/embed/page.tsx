import type { Metadata } from 'next';
import { AddressNoticeNote } from '@/components/dashboard/AddressNoticeNote';
import { EmbedView } from '@/components/embed/EmbedView';
import { MapPreloads } from '@/components/map/MapPreloads';
import { ServerMarkup } from '@/components/markup/ServerMarkup';
import { pinnedEmbed, pinnedLabel } from '@/geo/pinned-embed';
import { VERSION_PARAM } from '@/geo/pinned-version';
import { mapPageData, type SearchParams } from '../map-page-data';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false } };

/**
 * The chrome-less view for iframes: the same map, figures and sources as the dashboard. The only frameable route.
 * `?v=N` pins it to data version N (geo/pinned-embed.ts; proxy.ts gives that page its year-long caching).
 */
export default async function EmbedPage({ searchParams }: { searchParams: SearchParams }) {
  const { data, notice } = await pinnedEmbed((await searchParams)[VERSION_PARAM]);
  const { initial, state, addressNotice, firstPaint, mapSlot } = await mapPageData(searchParams, data?.buildup);
  const pinned = data ? { version: data.version, label: pinnedLabel(data) } : null;
  return (
    <>
      {/*
        Every link of the embed opens a new tab: in the frame, a source's page (which no other site may frame) replaced
        the map with the browser's error, when a reader tapped a number before the script ran or without it. The
        date links stay in the frame (target="_self").
      */}
      <base target="_blank" />
      <EmbedView initial={initial} initialState={state} firstPaint={firstPaint} pinned={pinned} notice={notice} addressNotice={addressNotice && <AddressNoticeNote notice={addressNotice} />}>
        <MapPreloads data={pinned ? `/api/buildup?v=${pinned.version}` : '/api/buildup'} />
        <ServerMarkup slot={mapSlot} className="map-underlay" aria-hidden />
      </EmbedView>
    </>
  );
}
