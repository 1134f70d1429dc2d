import { describe, expect, it } from 'vitest';
import { segmentCrossesRect } from '@/geo/render/segment-crosses-rect';

const box = { x0: 10, y0: 10, x1: 30, y1: 20 };

describe('segmentCrossesRect', () => {
  it('is true for a segment through the box, ending inside it, or along its edge', () => {
    expect(segmentCrossesRect([0, 15, 40, 15], box)).toBe(true);
    expect(segmentCrossesRect([20, 0, 20, 15], box)).toBe(true);
    expect(segmentCrossesRect([12, 12, 14, 14], box)).toBe(true);
    expect(segmentCrossesRect([0, 10, 40, 10], box)).toBe(true);
  });

  it('is false for a segment beside the box, or whose own box meets it while the segment passes its corner', () => {
    expect(segmentCrossesRect([0, 0, 40, 5], box)).toBe(false);
    expect(segmentCrossesRect([35, 0, 35, 30], box)).toBe(false);
    expect(segmentCrossesRect([0, 22, 8, 30], box)).toBe(false);
    // Its own bounding box (5–12 across, 20–27 down) meets the box's lower-left corner; the segment passes under it.
    expect(segmentCrossesRect([5, 20, 12, 27], box)).toBe(false);
  });
});
