import { describe, expect, it } from 'vitest';
import { withPrintSize } from '@/geo/render/svg-print-size';

describe('withPrintSize', () => {
  it('gives the root its size in millimetres at the resolution, and leaves the viewBox and inner shapes in pixels', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="3508" height="2480" viewBox="0 0 3508 2480"><rect width="3508" height="2480"/></svg>';
    expect(withPrintSize(svg, 300)).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="297.01mm" height="209.97mm" viewBox="0 0 3508 2480"><rect width="3508" height="2480"/></svg>');
    expect(withPrintSize(svg, 72)).toContain('width="1237.54mm" height="874.89mm"');
  });
});
