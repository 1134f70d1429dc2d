import { describe, expect, it } from 'vitest';
import { byDateSaid } from '@/geo/by-date-said';

describe('byDateSaid', () => {
  it('orders claims by the date they were said, then by footnote', () => {
    const claims = [
      { saidOn: '2022-02-18', footnote: 3 },
      { saidOn: '2021-11-03', footnote: 9 },
      { saidOn: '2022-02-18', footnote: 1 },
      { saidOn: '2021-12-03', footnote: 2 },
    ];
    expect([...claims].sort(byDateSaid)).toEqual([
      { saidOn: '2021-11-03', footnote: 9 },
      { saidOn: '2021-12-03', footnote: 2 },
      { saidOn: '2022-02-18', footnote: 1 },
      { saidOn: '2022-02-18', footnote: 3 },
    ]);
  });
});
