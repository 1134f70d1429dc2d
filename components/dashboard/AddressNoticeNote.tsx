import type { AddressNotice } from '@/geo/address-notice';

/**
 * The note under the date control when the address asked for what the page does not have (a date outside the
 * timeline, a layer no toggle names, a theme there is none of): the page shows what it can instead (never an error),
 * and says so. It goes once the viewer changes anything: the address is written without what was ignored.
 */
export function AddressNoticeNote({ notice, current }: { notice: AddressNotice | null; current: boolean }) {
  return notice && current ? <p className="date-notice" role="note">{notice.text}</p> : null;
}
