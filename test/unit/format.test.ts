/** geo/format.ts writes numbers and dates without Intl; they must read exactly as Intl's en-US / en-GB would. */
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { formatDate, formatNumber, quoted, shortened } from '@/geo/format';

test('figures as the sources write them', () => {
  expect(formatNumber(90000)).toBe('90,000');
  expect(formatNumber(175000)).toBe('175,000');
  expect(formatNumber(27032)).toBe('27,032');
  expect(formatNumber(999)).toBe('999');
  expect(formatNumber(1234.5)).toBe('1,234.5');
  expect(formatNumber(-1974)).toBe('-1,974');
  expect(formatNumber(0)).toBe('0');
});

test('numbers match Intl en-US grouping', () => {
  fc.assert(
    fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 999 }), (whole, thousandths) => {
      const value = whole + Math.sign(whole || 1) * thousandths / 1000;
      expect(formatNumber(value)).toBe(value.toLocaleString('en-US', { maximumFractionDigits: 20 }));
    }),
    { numRuns: 2000 },
  );
});

test('dates match Intl en-GB long form in UTC', () => {
  expect(formatDate('2021-12-06')).toBe('6 December 2021');
  const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  fc.assert(
    fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
      const iso = date.toISOString().slice(0, 10);
      expect(formatDate(iso)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
    }),
    { numRuns: 2000 },
  );
});

describe('quoted', () => {
  it('puts words in quotation marks', () => {
    expect(quoted('Russia has amassed about 90,000 troops.')).toBe('“Russia has amassed about 90,000 troops.”');
  });
  it('adds none to words that open with their own (an outlet quoting a speaker)', () => {
    const carpenter = '“There’s close to 100,000 troops on the Russian side of its border with Ukraine,” Carpenter said.';
    expect(quoted(carpenter)).toBe(carpenter);
    expect(quoted('"If this trend continues, there will soon be 175,000 of them."')).toBe('"If this trend continues, there will soon be 175,000 of them."');
    expect(quoted('‘We assess that Russia probably has massed between 169,000 – 190,000 personnel')).toMatch(/^‘We/);
  });
  it('keeps the marks inside as stored, and puts words that hold double ones in single marks, so the outer closing mark is not read as closing the inner quotation', () => {
    const blinken = 'In a press briefing alongside Kuleba, Blinken said, “As we meet today, Russia has amassed nearly 100,000 forces.';
    expect(quoted(blinken)).toBe(`‘${blinken}’`);
    const straight = 'One key quote from Blinken: "As we meet today," he said, per CNN.';
    expect(quoted(straight)).toBe(`‘${straight}’`);
    // Single marks inside: double ones around them, as before.
    expect(quoted("the official added, 'there would be an increasing request'")).toBe("“the official added, 'there would be an increasing request'”");
  });
});

describe('shortened', () => {
  it('cuts at a word, not inside one, and says so', () => {
    expect(shortened('Russian troops have launched a wide-ranging attack on Ukraine', 40)).toBe('Russian troops have launched a…');
    expect(shortened('short', 40)).toBe('short');
  });
});
