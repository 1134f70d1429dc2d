import { describe, expect, it } from 'vitest';
import { previousWords } from '@/geo/claim-previous';
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
  it('else the fields that changed, with what they said', () => {
    const where = (claim.where as { description: string }).description;
    expect(previousWords(body(), body((c) => ((c.where as { description: string }).description = 'Along the border')))).toBe(`Where, in words: “${where}”`);
    expect(previousWords(body(), body((c) => {
      c.claimant = 'Someone else';
      (c.where as { description: string }).description = 'Along the border';
      c.saidOn = '2021-12-23';
    }))).toBe(`Who says it: “${claim.claimant}”; Said on: “${claim.saidOn}” (and 1 more)`);
  });

  it('is nothing for a change that changed nothing readers see, or without a claim before it', () => {
    expect(previousWords(body(), body())).toBeNull();
    expect(previousWords(null, body())).toBe(null);
  });
});
