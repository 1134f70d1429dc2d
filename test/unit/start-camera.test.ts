import { describe, expect, it } from 'vitest';
import { startCamera } from '@/components/map/start-camera';

describe('startCamera', () => {
  it('starts at the view in the address', () => {
    const start = startCamera('#5/49/32', null, 865, 650);
    expect(start.zoom).toBeCloseTo(5, 2);
    expect(start.center).toEqual([32, 49]);
  });

  it('scales a view seen in a wider map down to its own, so it shows all of it (an embed of the editor\'s view in a narrow column)', () => {
    const seen = startCamera('#4.42/50.32/31.25', null, 865, 650);
    const narrow = startCamera('#4.42/50.32/31.25', null, 358, 500, { width: 865, height: 650 });
    // 865 px of view in 358 px: about 1.27 zoom levels out.
    expect(narrow.zoom!).toBeLessThan(seen.zoom! - 1);
    expect(narrow.zoom!).toBeGreaterThan(seen.zoom! - 1.5);
  });
});
