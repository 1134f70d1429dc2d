import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { claimFigure } from '@/geo/render/format';

const byId = new Map(loadBuildup().claims.map((c) => [c.id, c]));
const figure = (id: string, scopeIn?: 'whole' | 'few words') => claimFigure(byId.get(id)!, scopeIn);

describe('claimFigure: a figure as an image lists it', () => {
  it('puts a plan where its source does, and says it is one where its words do not', () => {
    // It read "30,000 troops in Belarus", a count in Belarus: the source has "near Belarus-Ukraine border", a plan.
    expect(figure('belarus-30k-planned')).toBe('more than 30,000 troops near the Belarus–Ukraine border (projection)');
    expect(figure('belarus-5k')).toBe('nearly 5,000 troops in Belarus');
    // "could eventually reach" says it already.
    expect(figure('projected-175k')).toBe('could eventually reach 175,000 troops');
  });
  it('gives the scope as the page does, or the chart\'s few words when asked', () => {
    expect(figure('carpenter-169-190k')).toBe('169,000 to 190,000 troops (in and near Ukraine, counting Belarus, Crimea, the National Guard, separatists)');
    expect(figure('carpenter-169-190k', 'few words')).toBe('169,000 to 190,000 troops (in and near Ukraine, with Belarus and Crimea)');
    expect(figure('ukraine-intel-148k')).toBe('more than 148,000 troops (total of all troops)');
    expect(figure('deployed-90k')).toBe('more than 90,000 troops (counting Crimea)');
  });
});
