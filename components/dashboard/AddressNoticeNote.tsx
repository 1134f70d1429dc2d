/**
 * The note under the date control when the address asked for a date the timeline does not have: the page shows the
 * latest instead (never an error), and says so. It goes once the viewer changes anything, since the address is then
 * written again without that date.
 */
export function DateNotice({ notice, current }: { notice: string | null; current: boolean }) {
  return notice && current ? <p className="date-notice" role="note">{notice}</p> : null;
}
