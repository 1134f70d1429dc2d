/**
 * Said (on the document) by what moves over the live map without changing size: the presenter's key, to another
 * corner. The map then leaves out the names under it where it now stands (use-edge-fence.ts). A module of its own,
 * with nothing imported: the presenter's first scripts import it, and the edge fence's code is not among them.
 */
export const MAP_COVER_MOVED = 'buildup:map-cover-moved';

export function announceMapCoverMoved(): void {
  document.dispatchEvent(new Event(MAP_COVER_MOVED));
}
