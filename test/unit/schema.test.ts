import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClaimsText } from '@/geo/load-buildup';
import { DataFileError } from '@/geo/schema';

const FILE = 'geo/data/claims.json';
const seed = () => JSON.parse(readFileSync(FILE, 'utf8'));

function problemsOf(mutate: (data: ReturnType<typeof seed>) => unknown): string[] {
  const data = seed();
  mutate(data);
  try {
    parseClaimsText(JSON.stringify(data), FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).toContain(`${FILE} is not valid`);
    return (error as DataFileError).problems;
  }
  throw new Error('the file was accepted');
}

describe('the claims schema', () => {
  it('accepts the shipped claims', () => {
    const buildup = parseClaimsText(readFileSync(FILE, 'utf8'), FILE);
    expect(buildup.claims.map((c) => c.id)).toContain('deployed-90k');
    expect(buildup.comparisons).toEqual([{ of: 'projected-175k', to: 'deployed-90k', ratio: 175000 / 90000, label: '1.9×' }]);
  });

  it('rejects a file that is not JSON, naming the file', () => {
    expect(() => parseClaimsText('{ "claims": [', FILE)).toThrow(/^geo\/data\/claims\.json is not valid:\n {2}- is not valid JSON/);
  });

  it('rejects a claim with no source', () => {
    expect(problemsOf((d) => delete d.claims[0].source)).toEqual([
      'claim "deployed-90k": source: is missing: a claim without a source cannot exist',
    ]);
  });

  it('rejects a claim with no quote', () => {
    expect(problemsOf((d) => delete d.claims[1].quote)).toEqual([
      'claim "projected-175k": quote: is missing: a figure needs the exact words it comes from',
    ]);
  });

  it.each(['javascript:alert(1)', 'ftp://example.org/x', 'not a url', 'data:text/html,<script>'])('rejects the source url %s', (url) => {
    expect(problemsOf((d) => (d.claims[4].source.url = url))).toEqual(['claim "us-estimate-70k": source.url: must be an http(s) URL']);
  });

  it('rejects a figure whose number is not in its own quote', () => {
    expect(problemsOf((d) => (d.claims[0].value = 95000))).toEqual([
      'claim "deployed-90k": quote: does not contain the claim\'s own number (95,000)',
    ]);
  });

  it('rejects an unknown kind and a bad date, naming every broken claim', () => {
    expect(problemsOf((d) => {
      d.claims[2].kind = 'rumour';
      d.claims[3].asOf = '6 Dec 2021';
    })).toEqual([
      'claim "crimea-2014": kind: must be one of reported, estimate, projection, status',
      'claim "eastern-flank": asOf: must be a date written YYYY-MM-DD',
    ]);
  });

  it('rejects a repeated id', () => {
    expect(problemsOf((d) => (d.claims[5].id = 'deployed-90k'))).toEqual(['claim "deployed-90k": id: repeats the id "deployed-90k"']);
  });

  it('rejects a number-less claim that is not a status, and the headline that needs its number', () => {
    expect(problemsOf((d) => (d.claims[0].value = null))).toEqual([
      'claim "deployed-90k": value: is empty, but a reported claim needs a number',
      'headline.0: names "deployed-90k", which is not a claim with a number',
      'comparisons.0.to: names "deployed-90k", which is not a claim with a number',
    ]);
  });

  it('rejects a headline naming a claim that does not exist', () => {
    expect(problemsOf((d) => (d.headline = ['deployed-90k', 'ghost']))).toEqual(['headline.1: names "ghost", which is not a claim with a number']);
  });
});
