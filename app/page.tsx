import { AddressNoticeNote } from '@/components/dashboard/AddressNoticeNote';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { MapPreloads } from '@/components/map/MapPreloads';
import { ServerMarkup } from '@/components/markup/ServerMarkup';
import { mapPageData, type SearchParams } from './map-page-data';

export const dynamic = 'force-dynamic';

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const { initial, state, addressNotice, firstPaint, mapSlot, chartSlot, measuredSlot } = await mapPageData(searchParams);
  return (
    <>
      {/* The first Tab's stop: the sources came after some ninety others (the header, the map, the chart's marks). */}
      <a className="skip-link" href="#sources-heading">Skip to the sources</a>
      <Dashboard initial={initial} measuredSlot={measuredSlot()} initialState={state} notice={addressNotice && <AddressNoticeNote notice={addressNotice} />} firstPaint={firstPaint} chartSlot={chartSlot()}>
        <MapPreloads data="/api/buildup" />
        <ServerMarkup slot={mapSlot} className="map-underlay" aria-hidden />
      </Dashboard>
    </>
  );
}
