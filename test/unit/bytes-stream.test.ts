import { describe, expect, it } from 'vitest';
import { bytesStream } from '@/geo/bytes-stream';

async function read(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const slices: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) slices.push(next.value);
  return slices;
}

describe('bytesStream', () => {
  it('hands out the bytes in order, in slices of at most the given size, as views of the same memory', async () => {
    const bytes = Uint8Array.from({ length: 10 }, (_, i) => i);
    const slices = await read(bytesStream(bytes, 4));
    expect(slices.map((s) => [...s])).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
    expect(slices.every((s) => s.buffer === bytes.buffer)).toBe(true);
  });

  it('gives a Response the whole body, and an empty array an empty one', async () => {
    const bytes = Uint8Array.from({ length: 600_000 }, (_, i) => i % 251);
    expect(new Uint8Array(await new Response(bytesStream(bytes)).arrayBuffer())).toEqual(bytes);
    expect(await read(bytesStream(new Uint8Array(0)))).toEqual([]);
  });
});
