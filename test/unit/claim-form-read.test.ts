/** The desk form's own reading of what was typed (geo/claim-form.ts): what it says before the server is asked. */
import { describe, expect, it, vi } from 'vitest';
import { claimFromForm } from '@/geo/claim-form';

describe('the desk form reads', () => {
  it('a text longer than its field takes as that field\'s problem, with the schema\'s rule, and sends it not', () => {
    const { claim, problems } = claimFromForm({ note: 'x'.repeat(2_000_011), claimant: 'y'.repeat(501), 'source.url': `https://example.org/${'z'.repeat(2000)}`, quote: 'w'.repeat(4000) });
    expect(problems).toEqual([
      { field: 'claimant', message: 'must be at most 500 characters (this has 501)' },
      { field: 'source.url', message: 'must be at most 2,000 characters (this has 2,020)' },
      { field: 'note', message: 'must be at most 4,000 characters (this has 2,000,011)' },
    ]);
    expect(claim).not.toHaveProperty('note');
    expect(claim).toHaveProperty('quote');
  });

  it('broken JSON in the further readings with the parser\'s whole message: cut at 80 characters, column 44 read "column 4"', () => {
    // Chromium's words (Node's are shorter): the form runs in the browser.
    const chromium = "Expected ',' or '}' after property value in JSON at position 43 (line 1 column 44)";
    const parse = vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new SyntaxError(chromium);
    });
    const { problems } = claimFromForm({ readings: '[{ "source": { "outlet": "A" }, "quote": "b",, }]' });
    parse.mockRestore();
    expect(problems).toEqual([{ field: 'readings', message: `is not valid JSON (${chromium})` }]);
  });
});
