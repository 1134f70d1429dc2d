import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClaimsText } from '@/geo/load-buildup';
import type { DataFileError } from '@/geo/schema';
import { quoteNumberProblem } from '@/geo/quote-number';

describe('quoteNumberProblem', () => {
  it('says a quote without the number on the number, and a range end on the upper end', () => {
    expect(quoteNumberProblem({ field: 'quote', message: "does not contain the claim's own number (170,000)" }))
      .toEqual({ field: 'value', message: '170,000 is not in the exact words: check the number, or the quote' });
    expect(quoteNumberProblem({ field: 'quote', message: "does not contain the claim's own number (191,000), the upper end of its range" }))
      .toEqual({ field: 'valueHigh', message: '191,000 is not in the exact words: check the number, or the quote' });
  });

  it('leaves every other problem alone', () => {
    expect(quoteNumberProblem({ field: 'quote', message: 'is not in the stored source texts (sources/)' })).toBeNull();
    expect(quoteNumberProblem({ field: 'note', message: "does not contain the claim's own number (170,000)" })).toBeNull();
  });

  it('reads the schema’s own words: a range whose quote lacks both ends gives one problem per end', () => {
    const data = JSON.parse(readFileSync('geo/data/claims.json', 'utf8'));
    const range = data.claims.find((c: { id: string }) => c.id === 'carpenter-169-190k');
    Object.assign(range, { value: 170000, valueHigh: 191000 });
    let problems: string[] = [];
    try {
      parseClaimsText(JSON.stringify(data), 'claims.json');
    } catch (error) {
      problems = (error as DataFileError).problems;
    }
    const onQuote = problems.map((p) => p.match(/^claim "carpenter-169-190k": quote: (.*)$/)?.[1]).filter((m) => m !== undefined);
    expect(onQuote.map((message) => quoteNumberProblem({ field: 'quote', message }))).toEqual([
      { field: 'value', message: '170,000 is not in the exact words: check the number, or the quote' },
      { field: 'valueHigh', message: '191,000 is not in the exact words: check the number, or the quote' },
    ]);
  });
});
