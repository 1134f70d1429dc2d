/**
 * The note for an address asking for what the page does not have (geo/address-notice.ts): a `?date=` the timeline
 * does not have (ignored as issue 13 asks, and the viewer told so, with the dates there are), a `?hide=` name no layer
 * has, a `?theme=` there is none of; and the address the page writes instead.
 */
import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { addressNotice, dateNotice, hideNotice, themeNotice } from '@/geo/address-notice';

const { steps } = loadBuildup();
const RANGE = 'from 30 October 2021 to 24 February 2022 (written YYYY-MM-DD): this shows the latest, 24 February 2022.';

describe('dateNotice', () => {
  it('says nothing without a date, or for a day of the timeline', () => {
    expect(dateNotice(null, steps)).toBeNull();
    expect(dateNotice('', steps)).toBeNull();
    expect(dateNotice('2021-12-06', steps)).toBeNull();
    // A day between two of the timeline's dates is inside it: the day before is shown, as the slider would.
    expect(dateNotice('2022-01-01', steps)).toBeNull();
  });

  it('names a date that is not one, or is outside the timeline, and what is shown instead', () => {
    expect(steps[0]).toBe('2021-10-30');
    for (const junk of ['2021-02-30', 'yesterday', '2019-01-01', '2031-01-01', '2021-12-06T00:00']) {
      expect(dateNotice(junk, steps)).toBe(`“${junk}” is not a date ${RANGE}`);
    }
  });

  it('says what shows the latest instead where the page is more than one picture', () => {
    expect(dateNotice('banana', steps, 'the scenes without a date of their own show')).toBe(
      '“banana” is not a date from 30 October 2021 to 24 February 2022 (written YYYY-MM-DD): the scenes without a date of their own show the latest, 24 February 2022.',
    );
  });

  it('repeats at most 24 characters of a long date back', () => {
    expect(dateNotice('x'.repeat(5000), steps)).toBe(`“${'x'.repeat(24)}…” is not a date ${RANGE}`);
    // Counted by character, not UTF-16 unit: an emoji is kept whole.
    expect(dateNotice(`${'x'.repeat(23)}🇺🇦🇺🇦`, steps)).toBe(`“${'x'.repeat(23)}\u{1F1FA}…” is not a date ${RANGE}`);
  });
});

describe('hideNotice', () => {
  it('says nothing for the layers there are, in any order, or an empty hide', () => {
    expect(hideNotice({})).toBeNull();
    expect(hideNotice({ hide: '' })).toBeNull();
    expect(hideNotice({ hide: 'cities,figures' })).toBeNull();
    expect(hideNotice({ hide: 'zone,,zone' })).toBeNull();
  });

  it('names each layer it does not have once, and the names there are', () => {
    const NAMES = 'this map can hide (the address can name figures, zone and cities).';
    expect(hideNotice({ hide: 'roads' })).toBe(`“roads” is not a layer ${NAMES}`);
    // A capital is not the name: the toggle is not hidden, and the note says why.
    expect(hideNotice(new URLSearchParams('hide=figures,Cities,roads,Cities'))).toBe(`“Cities” and “roads” are not layers ${NAMES}`);
    expect(hideNotice({ hide: 'a,b,c,d,e' })).toBe(`“a”, “b”, “c” and 2 more are not layers ${NAMES}`);
    expect(hideNotice({ hide: 'x'.repeat(300) })).toBe(`“${'x'.repeat(24)}…” is not a layer ${NAMES}`);
  });
});

describe('themeNotice', () => {
  it('names a theme there is none of, and what the page follows instead', () => {
    expect(themeNotice({ theme: 'dark' })).toBeNull();
    expect(themeNotice({ theme: '' })).toBeNull();
    expect(themeNotice({ theme: 'Dark' })).toBe('“Dark” is not a theme (the address can name light and dark): this follows your system’s setting.');
  });
});

describe('addressNotice', () => {
  it('is null when the page ignores nothing', () => {
    expect(addressNotice({ date: '2021-12-06', hide: 'cities', theme: 'dark', source: 'x', utm_source: 'feed' }, steps)).toBeNull();
  });

  it('says every ignored part in one note, in the order date, layers, theme', () => {
    const notice = addressNotice({ theme: 'purple', hide: 'roads', date: 'yesterday' }, steps);
    expect(notice?.text).toBe(`“yesterday” is not a date ${RANGE} “roads” is not a layer this map can hide (the address can name figures, zone and cities). “purple” is not a theme (the address can name light and dark): this follows your system’s setting.`);
  });

  it('writes the address without what it ignored, the rest as it was', () => {
    const query = (search: string) => addressNotice(new URLSearchParams(search), steps)?.query;
    expect(query('date=2022-13-45&theme=dark&source=us-estimate-70k')).toBe('?theme=dark&source=us-estimate-70k');
    expect(query('hide=cities,roads,figures&utm_source=a%20feed')).toBe('?hide=figures,cities&utm_source=a%20feed');
    expect(query('hide=roads&theme=sepia')).toBe('');
    // A second date, theme or hide is never read: it goes with the ignored one.
    expect(query('theme=purple&theme=dark&date=2021-12-06&date=2022-01-01')).toBe('?date=2021-12-06');
    // Next hands the page its query as an object, a repeated name as an array.
    expect(addressNotice({ date: ['nonsense', '2021-12-06'], v: '3' }, steps)).toEqual({ text: `“nonsense” is not a date ${RANGE}`, query: '?v=3' });
  });
});
