/**
 * Property tests of the desk's claim form parser (geo/claim-form.ts): every shipped claim survives the trip through
 * the form's text unchanged; numbers written the ways people write them are read; and whatever is typed into any
 * field, the parser never throws and names each field it cannot read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_FIELDS, claimFromForm, formFromClaim, readNumber } from '@/geo/claim-form';
import { loadBuildup } from '@/geo/load-buildup';
import { ClaimSchema } from '@/geo/schema';
import { HOSTILE_STRINGS } from '@/test/fuzz/hostile';

const RUNS = { numRuns: 1000 };
const claims = loadBuildup().claims.map(({ footnote, changes, ...claim }) => claim);
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom(...HOSTILE_STRINGS));

describe('the claim form parser', () => {
  it('gives back every shipped claim exactly, through the form and back', () => {
    for (const claim of claims) {
      const { claim: parsed, problems } = claimFromForm(formFromClaim(claim));
      expect(problems, claim.id).toEqual([]);
      expect(ClaimSchema.parse(parsed), claim.id).toEqual(ClaimSchema.parse(claim));
    }
  });

  it('shows a figure with its thousands separators, as typed and as the page prints it; a year without', () => {
    const values = formFromClaim({ value: 143500, valueHigh: 1234567.5, year: 2014 });
    expect([values.value, values.valueHigh, values.year]).toEqual(['143,500', '1,234,567.5', '2014']);
  });

  it('reads a number written with or without thousands separators, and nothing else as one', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
      expect(readNumber(String(n))).toBe(n);
      expect(readNumber(n.toLocaleString('en-US'))).toBe(n);
      expect(readNumber(n.toLocaleString('en-US').replace(/,/g, ' '))).toBe(n);
    }), RUNS);
    for (const junk of ['', '-5', '1e5', '12abc', '0x10', 'NaN', 'Infinity', '1,000.000.1', '100.000', '1.500.000']) expect(readNumber(junk), junk).toBeNull();
    expect(readNumber('2.5')).toBe(2.5);
  });

  it('says why "100.000" is not read as a number, and "100k" is named once, by the form', () => {
    expect(claimFromForm({ value: '100.000' }).problems).toEqual([
      { field: 'value', message: 'is ambiguous: a dot may be a decimal point or a thousands separator; write 100000 or 100,000 (got "100.000")' },
    ]);
    expect(claimFromForm({ value: '100k' }).problems).toEqual([{ field: 'value', message: 'must be a number, like 90000 or 90,000 (got "100k")' }]);
    expect(claimFromForm({ value: '-5' }).problems).toEqual([{ field: 'value', message: 'must be a positive number (got "-5")' }]);
    expect(claimFromForm({ value: '169,000-190,000' }).problems).toEqual([{ field: 'value', message: 'is one number: for a range, write its lower end here and its upper end in "Upper end of a range" (got "169,000-190,000")' }]);
    expect(claimFromForm({ value: '169,000 to 190,000' }).problems[0].message).toMatch(/^is one number: for a range/);
    // 22122021 typed day first into a month-first box: the date is whole, its year is not.
    expect(claimFromForm({ saidOn: '22021-02-21' }).problems).toEqual([{ field: 'saidOn', message: 'has the year 22021, 5 digits: a day typed first can run into the year; type day, month and year in the order the box shows them, or pick the date from the calendar' }]);
    expect(claimFromForm({ saidOn: '2021-02' }).problems).toEqual([{ field: 'saidOn', message: 'is not a whole date: pick it from the calendar, or type day, month and year in the order the box shows them (got "2021-02")' }]);
    expect(claimFromForm({ saidOn: '2021-12-22' }).problems).toEqual([]);
  });

  it('says a reversed range at once, whatever else is wrong (the schema waits for every field to be readable), as a check, not as a field it cannot read', () => {
    const reversed = { field: 'valueHigh', message: "must be greater than the range's lower end: 140,000–120,000 is reversed or empty" };
    // Both ends read: a draft keeps them (it was refused as "cannot be read as typed").
    expect(claimFromForm({ value: '140,000', valueHigh: '120,000' })).toMatchObject({ claim: { value: 140000, valueHigh: 120000 }, problems: [], checks: [reversed] });
    // A quote too long for its field is said as well, with its rule (geo/text-limits.ts).
    expect(claimFromForm({ value: '140,000', valueHigh: '120,000', quote: 'x'.repeat(100_000) })).toMatchObject({
      problems: [{ field: 'quote', message: 'must be at most 4,000 characters (this has 100,000)' }], checks: [reversed],
    });
    expect(claimFromForm({ value: '120,000', valueHigh: '140,000' })).toMatchObject({ problems: [], checks: [] });
  });

  it('never throws on anything typed into any field, and names each number field it cannot read', () => {
    const names = CLAIM_FIELDS.map((f) => f.name);
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...names), anyText), (values) => {
      const { claim, problems } = claimFromForm(values);
      expect(claim).toBeTypeOf('object');
      for (const problem of problems) expect(names).toContain(problem.field);
      for (const field of CLAIM_FIELDS.filter((f) => f.type === 'number')) {
        const typed = (values[field.name] ?? '').trim();
        const named = problems.some((p) => p.field === field.name);
        expect(named, `${field.name} = ${JSON.stringify(typed)}`).toBe(typed !== '' && readNumber(typed) === null);
      }
    }), RUNS);
  });

  it('leaves an empty optional field out, and writes a missing number, unit and qualifier as null', () => {
    const { claim } = claimFromForm({ ...formFromClaim(claims[0]), value: '', unit: '', qualifier: '', saidOnNote: '', note: '', 'scope.area': '' });
    expect(claim).toMatchObject({ value: null, unit: null, qualifier: null });
    expect(claim).not.toHaveProperty('saidOnNote');
    expect(claim).not.toHaveProperty('note');
  });
});
