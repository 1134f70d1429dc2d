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
    expect(buildup.comparisons).toEqual([{ of: 'projected-175k', to: 'us-estimate-70k', ratio: 2.5, label: '2.5×' }]);
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
      d.claims[3].saidOn = '6 Dec 2021';
    })).toEqual([
      'claim "crimea-2014": kind: must be one of reported, estimate, projection, status, statement, conditional',
      'claim "eastern-flank": saidOn: must be a date written YYYY-MM-DD',
    ]);
  });

  it('rejects a repeated id', () => {
    expect(problemsOf((d) => (d.claims[5].id = 'deployed-90k'))).toEqual(['claim "deployed-90k": id: repeats the id "deployed-90k"']);
  });

  it('rejects a number-less claim that is not a status, and the headline that needs its number', () => {
    expect(problemsOf((d) => (d.claims[0].value = null))).toEqual([
      'claim "deployed-90k": value: is empty, but a reported claim needs a number',
      'headline.0: names "deployed-90k", which is not a claim with a number',
    ]);
  });

  it('rejects a headline naming a claim that does not exist', () => {
    expect(problemsOf((d) => (d.headline = ['deployed-90k', 'ghost']))).toEqual(['headline.1: names "ghost", which is not a claim with a number']);
  });

  it('refuses a comparison across claimants or scopes, naming both claims', () => {
    expect(problemsOf((d) => (d.comparisons = [{ of: 'projected-175k', to: 'deployed-90k' }]))).toEqual([
      'comparisons.0: compares "projected-175k" (U.S. intelligence) with "deployed-90k" (Ukrainian officials): a comparison is allowed only within one series and one scope (same series, scope, place and unit)',
    ]);
    expect(problemsOf((d) => (d.claims[4].scope.area = 'within 200 km'))).toEqual([
      'comparisons.0: compares "projected-175k" (U.S. intelligence) with "us-estimate-70k" (U.S. intelligence officials): a comparison is allowed only within one series and one scope (same series, scope, place and unit)',
    ]);
  });

  it('takes a range whose two ends are both in the quote, in the source\'s own punctuation', () => {
    const range = (quote: string, value: number, valueHigh: number) => problemsOf((d) => {
      Object.assign(d.claims[0], { value, valueHigh, quote });
      d.claims[0].id = 'x'; // the check below must fail for the range alone: break nothing else
      d.headline = ['projected-175k'];
    });
    expect(range('between 169,000 – 190,000 personnel', 169000, 191000)).toEqual([
      'claim "x": quote: does not contain the claim\'s own number (191,000), the upper end of its range',
    ]);
    expect(range('between 169,000 – 190,000 personnel', 190000, 169000)).toEqual([
      'claim "x": valueHigh: must be greater than value: the range 190,000–169,000 is reversed or empty',
    ]);
    const accepted = JSON.parse(readFileSync(FILE, 'utf8'));
    Object.assign(accepted.claims[0], { value: 169000, valueHigh: 190000, quote: '‘We assess that Russia probably has massed between 169,000 – 190,000 personnel’' });
    expect(parseClaimsText(JSON.stringify(accepted), FILE).claims[0].valueHigh).toBe(190000);
  });

  it('names a scope word it does not know, and a series with a typo', () => {
    expect(problemsOf((d) => {
      d.claims[0].scope.area = 'on the border';
      d.claims[1].series = 'usa';
    })).toEqual([
      'claim "deployed-90k": scope.area: must be one of near the border, within 200 km, within 400 km, in and near Ukraine, unknown',
      'claim "projected-175k": series: must be one of ukraine, us, nato',
    ]);
  });

  it('wants the original\'s date or what is known of it, and a title or a description (never both)', () => {
    expect(problemsOf((d) => {
      delete d.claims[0].source.dateNote;
      d.claims[4].source.title = 'A title';
    })).toEqual([
      'claim "deployed-90k": source.dateNote: is missing: without a publication date, say what is known of it',
      'claim "us-estimate-70k": source.description: must be left out when the page\'s own title is given',
    ]);
    expect(problemsOf((d) => delete d.claims[4].source.description)).toEqual([
      'claim "us-estimate-70k": source.description: is missing: a page without a known title needs a description',
    ]);
  });

  it('wants a stated year in the claim\'s own words', () => {
    expect(problemsOf((d) => (d.claims[2].year = 2015))).toEqual(['claim "crimea-2014": quote: does not contain the claim\'s own year (2015)']);
  });
});
