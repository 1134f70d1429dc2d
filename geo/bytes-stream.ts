/**
 * A response body that hands out `bytes` in slices, without copying them. `new Response(uint8Array)` copies the whole
 * array first (undici's extractBody slices the buffer), and the server then wrote it in one go: for a 40-megapixel
 * JPEG, 30–40 ms and then 20 ms in which the request thread answered nobody else. Slices are views, and each is
 * handed out on a later turn of the event loop (setImmediate), so requests waiting meanwhile are answered between.
 */
export const BODY_SLICE_BYTES = 256 * 1024;

export function bytesStream(bytes: Uint8Array, sliceBytes = BODY_SLICE_BYTES): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset > 0) await new Promise((resolve) => setImmediate(resolve));
      if (offset >= bytes.byteLength) {
        controller.close();
        return;
      }
      const end = Math.min(offset + sliceBytes, bytes.byteLength);
      controller.enqueue(bytes.subarray(offset, end));
      offset = end;
    },
  });
}
