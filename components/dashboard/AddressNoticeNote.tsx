import type { AddressNotice } from '@/geo/address-notice';
import { AddressRewrite } from './AddressRewrite';

/**
 * The note under the date control when the address asked for what the page does not have (a date outside the
 * timeline, a layer no toggle names, a theme there is none of): the page shows what it can instead (never an error),
 * and says so. Rendered on the server and handed to the page as an element, so that its script (and the address's
 * rewriting) reaches only a page that has something to say; the page drops it once the viewer changes anything.
 */
export function AddressNoticeNote({ notice }: { notice: AddressNotice }) {
  return (
    <>
      <p className="date-notice" role="note">{notice.text}</p>
      <AddressRewrite query={notice.query} />
    </>
  );
}
