/** Types for png-splice.mjs (plain JavaScript: the raster worker runs it outside Next's bundle). */
export function spliceAfterIhdr(png: Uint8Array, chunks: Uint8Array): Buffer;
