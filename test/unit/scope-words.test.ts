/** What a figure covers, in words: the chart's tag, the short label and the source card's full detail. */
import { describe, expect, it } from 'vitest';
import type { Scope } from '@/geo/schema';
import { figureScope, scopeDetail, scopeLabel, scopeTag } from '@/geo/scope-words';

const NEAR: Scope = { area: 'near the border', components: 'unknown', includes: {} };
const CARPENTER: Scope = {
  area: 'in and near Ukraine', components: 'unknown', includes: { belarus: 'yes', crimea: 'yes', 'national-guard': 'yes', separatists: 'yes' },
};
const REZNIKOV_130K: Scope = { area: 'within 200 km', components: 'ground, naval and air', includes: {} };
const GROUND_NO_CRIMEA: Scope = { area: 'near the border', components: 'ground', includes: { crimea: 'no' } };
const UNSAID: Scope = { area: 'unknown', components: 'unknown', includes: { crimea: 'no', belarus: 'unknown' } };

describe('scopeLabel', () => {
  it('says nothing for a figure near the border that says nothing more, or has no scope', () => {
    expect(scopeLabel(NEAR)).toBeNull();
    expect(scopeLabel(undefined)).toBeNull();
  });

  it('names a wider area, the forces counted and what is counted in or out', () => {
    expect(scopeLabel(CARPENTER)).toBe('in and near Ukraine, counting Belarus, Crimea, the National Guard, separatists');
    expect(scopeLabel(REZNIKOV_130K)).toBe('within 200 km, with naval and air forces');
    expect(scopeLabel(GROUND_NO_CRIMEA)).toBe('ground troops only, not counting Crimea');
  });
});

describe('scopeDetail', () => {
  it('says everything the source says, and what it leaves unsaid', () => {
    expect(scopeDetail(NEAR)).toBe('near the border; which forces: not stated');
    expect(scopeDetail(REZNIKOV_130K)).toBe('within 200 km; ground, naval and air forces');
    expect(scopeDetail(UNSAID)).toBe('area: not stated; which forces: not stated; not counting Crimea; not stated whether it counts Belarus');
  });
});

describe('scopeTag', () => {
  it('keeps the chart\'s few words: a wider area, ground only or with naval and air, with Belarus, without Crimea', () => {
    expect(scopeTag(CARPENTER)).toBe('in and near Ukraine, with Belarus and Crimea');
    expect(scopeTag(REZNIKOV_130K)).toBe('within 200 km, with naval and air');
    expect(scopeTag(GROUND_NO_CRIMEA)).toBe('ground only, without Crimea');
    expect(scopeTag(NEAR)).toBeNull();
    // Counting Crimea is said as not counting it is: Ukraine's 90,000 with Crimea stood untagged beside the U.S.'s
    // 70,000 (not said), as if they counted one thing.
    expect(scopeTag({ area: 'near the border', components: 'unknown', includes: { crimea: 'yes' } })).toBe('with Crimea');
  });
});

describe('figureScope', () => {
  it('places a figure in Belarus, without saying "with Belarus" again, and tags its scope', () => {
    expect(figureScope({ where: { geometry: 'belarus' }, scope: { area: 'unknown', components: 'unknown', includes: { belarus: 'yes' } } })).toEqual({ place: ' in Belarus', tag: null });
    expect(figureScope({ where: { geometry: 'border-zone' }, scope: { area: 'near the border', components: 'ground', includes: {} } })).toEqual({ place: '', tag: 'ground only' });
    expect(figureScope({ where: { geometry: 'border-zone' } })).toEqual({ place: '', tag: null });
    expect(figureScope({ where: { geometry: 'belarus' }, scope: { area: 'unknown', components: 'unknown', includes: { belarus: 'yes', crimea: 'yes' } } })).toEqual({ place: ' in Belarus', tag: 'with Crimea' });
  });
});

describe('scopes the sources word in their own way', () => {
  const TOTAL: Scope = { area: 'near the border', components: 'all forces', includes: {} };
  it('a total with its ground troops is "all troops", as its source says, never "with naval and air"', () => {
    expect(scopeLabel(TOTAL)).toBe('total of all troops');
    expect(scopeTag(TOTAL)).toBe('all troops');
    expect(scopeDetail(TOTAL)).toBe('near the border; all troops, a total (which besides ground troops: not stated)');
  });
  it('"in and around Ukraine" is tagged as said; "in Belarus" is left to the figure\'s place', () => {
    expect(scopeTag({ area: 'in and around Ukraine', components: 'unknown', includes: {} })).toBe('in and around Ukraine');
    expect(scopeTag({ area: 'in Belarus', components: 'unknown', includes: {} })).toBeNull();
    expect(scopeLabel({ area: 'in Belarus', components: 'unknown', includes: {} })).toBe('in Belarus');
  });
});
