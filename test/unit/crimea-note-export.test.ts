/**
 * The Crimea note on an exported picture hangs under the peninsula: on a map-only picture the credit in its lower
 * right took the middle place under Crimea, and the note went west of it, over Romania's coast and the Danube delta.
 */
import { describe, expect, it } from 'vitest';
import { exportPicture } from '@/test/support/export-picture';

function noteAndIsthmus(query: string) {
  const { svg } = exportPicture(query);
  const note = svg.match(/<g data-layer="crimea-label"[^>]*><text x="([\d.]+)" y="([\d.]+)" font-size="[\d.]+" text-anchor="(\w+)">Crimea: occupied by Russia since 2014</)!;
  // The Crimea–mainland line starts at the isthmus, the peninsula's north.
  const isthmus = svg.match(/<g data-layer="crimea-line"><path d="M([\d.]+) ([\d.]+)/)!;
  return { x: Number(note[1]), y: Number(note[2]), anchor: note[3], isthmusX: Number(isthmus[1]), isthmusY: Number(isthmus[2]) };
}

describe('the Crimea note on a map-only picture', () => {
  it.each(['', '&date=2021-11-10'])('stands under Crimea, not west of it (1200 × 675%s)', (date) => {
    const { x, y, anchor, isthmusX, isthmusY } = noteAndIsthmus(`layout=map-only&width=1200&height=675${date}`);
    // Under the peninsula (about 60 px from its north to its south here): it stood beside it, 25 px under the isthmus.
    expect(y, 'the note\'s baseline').toBeGreaterThan(isthmusY + 60);
    // Running west from under the peninsula: its right end is under Crimea, not west of it.
    if (anchor === 'end') expect(x).toBeGreaterThan(isthmusX);
    else expect(anchor).toBe('middle');
  });
});
