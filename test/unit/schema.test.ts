import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClaimsText } from '@/geo/load-buildup';
import { DataFileError } from '@/geo/schema';

const FILE = 'geo/data/claims.json';
const seed = () => JSON.parse(readFileSync(FILE, 'utf8'));

type ClaimsData = ReturnType<typeof seed>;
/** The shipped claim with this id, to edit. */
const claimIn = (data: ClaimsData, id: string) => data.claims.find((c: { id: string }) => c.id === id);

function problemsOf(mutate: (data: ClaimsData) => unknown): string[] {
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
    expect(buildup.claims).toHaveLength(36);
    expect(buildup.claims.map((c) => c.id)).toContain('deployed-90k');
    expect(buildup.comparisons).toEqual([{ of: 'projected-175k', to: 'us-estimate-70k', ratio: 2.5, label: 'about 2.5×' }]);
  });

  it('rejects a file that is not JSON, naming the file', () => {
    expect(() => parseClaimsText('{ "claims": [', FILE)).toThrow(/^geo\/data\/claims\.json is not valid:\n {2}- is not valid JSON/);
  });

  it('rejects a claim with no source', () => {
    expect(problemsOf((d) => delete claimIn(d, 'deployed-90k').source)).toEqual([
      'claim "deployed-90k": source: is missing: a claim without a source cannot exist',
    ]);
  });

  it('rejects a claim with no quote', () => {
    expect(problemsOf((d) => delete claimIn(d, 'projected-175k').quote)).toEqual([
      'claim "projected-175k": quote: is missing: a figure needs the exact words it comes from',
    ]);
  });

  it.each(['javascript:alert(1)', 'ftp://example.org/x', 'not a url', 'data:text/html,<script>'])('rejects the source url %s', (url) => {
    expect(problemsOf((d) => (claimIn(d, 'us-estimate-70k').source.url = url))).toEqual(['claim "us-estimate-70k": source.url: must be an http(s) URL']);
  });

  // A review published these: markup in an address, one of 20,000 characters, and a password a citation would print.
  it.each([
    ['https://example.com/a"><img src=x onerror=alert(1)>', "holds a double quote, which an address has only encoded (%22): copy the address from the browser's address bar"],
    ['https://example.com/a page', "holds a space or a line break, which an address has only encoded (%20): copy the address from the browser's address bar"],
    ['https://user:pass@evil.example/', 'holds a user name or password before the host ("name:password@"), which the citation would print: leave it out'],
    [`https://example.com/${'a'.repeat(20_000)}`, 'must be at most 2,000 characters (this has 20,020)'],
  ])('rejects the source url %s, saying why', (url, message) => {
    expect(problemsOf((d) => (claimIn(d, 'us-estimate-70k').source.url = url))).toEqual([`claim "us-estimate-70k": source.url: ${message}`]);
  });

  // It was also said to be after the source's publication and the story's last day (compared as text).
  it('says of a day that does not exist only that', () => {
    expect(problemsOf((d) => (claimIn(d, 'us-estimate-70k').saidOn = '2022-02-30'))).toEqual(['claim "us-estimate-70k": saidOn: must be a real calendar date']);
  });

  it('says a day after the source\'s publication in words, as the desk says dates', () => {
    expect(problemsOf((d) => {
      const c = claimIn(d, 'us-estimate-70k');
      c.saidOn = '2021-12-23';
      c.source.published = '2021-12-22';
    })).toEqual(['claim "us-estimate-70k": saidOn: 23 December 2021 is after the source\'s publication, 22 December 2021: a claim cannot be said after it was printed']);
  });

  it('rejects a figure whose number is not in its own quote', () => {
    expect(problemsOf((d) => (claimIn(d, 'deployed-90k').value = 95000))).toEqual([
      'claim "deployed-90k": quote: does not contain the claim\'s own number (95,000)',
    ]);
  });

  it('rejects an unknown kind and a bad date, naming every broken claim', () => {
    expect(problemsOf((d) => {
      claimIn(d, 'crimea-2014').kind = 'rumour';
      claimIn(d, 'eastern-flank').saidOn = '6 Dec 2021';
    })).toEqual([
      'claim "crimea-2014": kind: must be one of reported, estimate, projection, status, statement, conditional',
      'claim "eastern-flank": saidOn: must be a date written YYYY-MM-DD',
    ]);
  });

  it('rejects a repeated id', () => {
    expect(problemsOf((d) => (d.claims[5].id = 'deployed-90k'))).toEqual(['claim "deployed-90k": id: repeats the id "deployed-90k"']);
  });

  it('rejects a number-less claim that is not a status', () => {
    expect(problemsOf((d) => (claimIn(d, 'deployed-90k').value = null))).toEqual([
      'claim "deployed-90k": value: is empty, but a reported claim needs a number',
    ]);
    // "a estimate claim" (the desk's check said it so).
    expect(problemsOf((d) => Object.assign(claimIn(d, 'deployed-90k'), { kind: 'estimate', value: null }))).toContain(
      'claim "deployed-90k": value: is empty, but an estimate claim needs a number',
    );
  });

  it('refuses a comparison across claimants or scopes, naming both claims', () => {
    expect(problemsOf((d) => (d.comparisons = [{ of: 'projected-175k', to: 'deployed-90k' }]))).toEqual([
      'comparisons.0: compares "projected-175k" (U.S. intelligence) with "deployed-90k" (Ukrainian officials): a comparison is allowed only within one series and one scope (same series, scope, place and unit)',
    ]);
    expect(problemsOf((d) => (claimIn(d, 'us-estimate-70k').scope.area = 'within 200 km'))).toEqual([
      'comparisons.0: compares "projected-175k" (U.S. intelligence) with "us-estimate-70k" (U.S. intelligence officials): a comparison is allowed only within one series and one scope (same series, scope, place and unit)',
    ]);
  });

  it('wants every further reading to hold one of the claim\'s numbers', () => {
    expect(problemsOf((d) => (claimIn(d, 'carpenter-169-190k').readings[1].quote = 'the US has assessed that Russia has massed troops there'))).toEqual([
      'claim "carpenter-169-190k": readings.1.quote: does not contain the claim\'s number (169,000 or 190,000): a further reading is the same statement',
    ]);
  });

  it('wants the original\'s date or what is known of it, and a title or a description (never both)', () => {
    expect(problemsOf((d) => {
      delete claimIn(d, 'deployed-90k').source.dateNote;
      claimIn(d, 'us-estimate-70k').source.title = 'A title';
    })).toEqual([
      'claim "deployed-90k": source.dateNote: is missing: without a publication date, say what is known of it',
      'claim "us-estimate-70k": source.description: must be left out when the page\'s own title is given',
    ]);
    expect(problemsOf((d) => delete claimIn(d, 'us-estimate-70k').source.description)).toEqual([
      'claim "us-estimate-70k": source.description: is missing: a page without a known title needs a description',
    ]);
  });

  it('wants a stated year in the claim\'s own words', () => {
    expect(problemsOf((d) => (claimIn(d, 'crimea-2014').year = 2015))).toEqual(['claim "crimea-2014": quote: does not contain the claim\'s own year (2015)']);
  });
});
