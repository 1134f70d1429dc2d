import { describe, expect, it } from 'vitest';
import { previousIsWording, previousWords } from '@/geo/claim-previous';
import { formatDate } from '@/geo/format';
import { loadBuildup } from '@/geo/load-buildup';

const claim = loadBuildup().claims.find((c) => c.id === 'danilov-122k')!;
const body = (edit: (c: Record<string, unknown>) => void = () => {}) => {
  const copy = structuredClone(claim) as unknown as Record<string, unknown>;
  edit(copy);
  return JSON.stringify(copy);
};

describe('what a published change replaced, said to readers', () => {
  it('is the figure, when it changed', () => {
    expect(previousWords(body(), body((c) => (c.value = 123000)))).toBe('nearly 122,000 troops');
  });

  // A review corrected "Where, in words": /changes and the feed said "Corrected" and nothing of what had been wrong.
  // Another found the desk's own labels and ISO dates there: "previously Said on: “2021-03-12”; Published on: …".
  it('else the fields that changed, by names readers know, with what they said and dates in words', () => {
    const where = (claim.where as { description: string }).description;
    expect(previousWords(body(), body((c) => ((c.where as { description: string }).description = 'Along the border')))).toBe(`where “${where}”`);
    expect(previousWords(body(), body((c) => {
      c.claimant = 'Someone else';
      (c.where as { description: string }).description = 'Along the border';
      c.saidOn = '2021-12-23';
    }))).toBe(`said by “${claim.claimant}”; said on ${formatDate(claim.saidOn)}; also changed: where`);
    // An editor's review read "previously note (none)", and "Counts Crimea (none)" and "(and 1 more)" on a card.
    expect(previousWords(body((c) => (c.note = null)), body((c) => (c.note = 'Said where the U.S. assessment put them.')))).toBe('no note');
    const scope = body((c) => (c.scope = { area: 'near the border', components: 'unknown', includes: {} }));
    expect(previousWords(scope, body((c) => (c.scope = { area: 'within 200 km', components: 'ground', includes: { crimea: 'yes', belarus: 'no' } })))).toBe('what it counted “near the border; which forces: not stated”');
    expect(previousIsWording('no note')).toBe(true);
    // A date's note added: "previously no how the date is known" read as a slip.
    expect(previousWords(body((c) => (c.saidOnNote = undefined)), body((c) => (c.saidOnNote = 'The day the report carried it.')))).toBe('no note on the date');
    expect(previousIsWording('what it counted “near the border; which forces: not stated”')).toBe(true);
    expect(previousWords(body(), body((c) => ((c.source as { published: string }).published = '2021-12-03')))).toBe(`source dated ${formatDate(claim.source.published!)}`);
  });

  // A desk review found codes and the desk's labels on readers' cards: "previously where “…”; Where on the map
  // border-zone", and "no Read at (publisher of the copy); also changed: How it was read, copy dated".
  it('says where a figure was drawn, and where its page was read, in words, never the data\'s codes', () => {
    const where = (claim.where as { description: string }).description;
    expect(previousWords(body(), body((c) => {
      (c.where as { description: string; geometry: string }).description = 'Along the border';
      (c.where as { description: string; geometry: string }).geometry = 'russia';
    }))).toBe(`where “${where}”; drawn with the border-wide figures, inside Russia`);
    const copied = body((c) => ((c.source as Record<string, unknown>).readAt = { publisher: 'Test Copy', how: 'copy', published: '2021-12-23' }));
    expect(previousWords(body(), copied)).toBe('read on the page itself');
    expect(previousWords(copied, body())).toBe('read at “Test Copy”; read in a copy; also changed: the copy\'s date');
    expect(previousIsWording('read on the page itself')).toBe(true);
  });

  it('is told from a figure by the words it starts with (an image names a previous figure, not words)', () => {
    expect(previousIsWording(previousWords(body(), body((c) => (c.saidOn = '2021-12-23')))!)).toBe(true);
    expect(previousIsWording('nearly 122,000 troops')).toBe(false);
  });

  it('is nothing for a change that changed nothing readers see, or without a claim before it', () => {
    expect(previousWords(body(), body())).toBeNull();
    expect(previousWords(null, body())).toBe(null);
  });
});
