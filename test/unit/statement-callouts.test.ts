import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { statementCallouts } from '@/geo/statement-callouts';

const claim = (id: string, geometry: string, value: number | null = null) => ({ id, value, where: { geometry } });

describe('statementCallouts', () => {
  it('marks the first statement said about each annotated place, and no figure', () => {
    const marked = statementCallouts([
      claim('figure', 'crimea', 90000), claim('crimea-1', 'crimea'), claim('crimea-2', 'crimea'),
      claim('flank', 'eastern-flank'), claim('zone', 'border-zone'), claim('belarus', 'belarus'),
    ]);
    expect(marked.map((c) => c.id)).toEqual(['crimea-1', 'flank', 'belarus']);
  });

  it('marks, in the data, the Crimea statement, the eastern-flank condition and the invasion (on Ukraine)', () => {
    expect(statementCallouts(loadBuildup().claims).map((c) => c.id)).toEqual(['crimea-2014', 'eastern-flank', 'invasion']);
  });
});
