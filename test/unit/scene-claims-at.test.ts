import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { sceneClaimsAt } from '@/geo/scene-claims-at';
import { stepForDate } from '@/geo/timeline';

const buildup = loadBuildup();
const at = (listed: string[], date: string | null) => sceneClaimsAt(buildup.claims, buildup.steps, listed, stepForDate(buildup.steps, date));
/** "The sources", the story's undated closing scene. */
const SOURCES_SCENE = ['carpenter-169-190k', 'reznikov-147k', 'stoltenberg-100k', 'belarus-5k', 'belarus-30k-planned'];

describe('sceneClaimsAt', () => {
  it('shows a scene its own figures on the latest day', () => {
    expect(at(SOURCES_SCENE, null)).toEqual(SOURCES_SCENE);
  });

  it('at an earlier date, shows the figure each series had given by then about the same place, and leaves out a series that had given none', () => {
    // On 22 December the map showed the U.S. estimate of about 70,000 and Ukraine's 122,000; NATO and Belarus came later.
    expect(at(SOURCES_SCENE, '2021-12-22')).toEqual(['us-estimate-70k', 'danilov-122k']);
    expect(at(SOURCES_SCENE, '2022-01-31')).toEqual(['blinken-100k', 'reznikov-130k', 'belarus-5k', 'belarus-30k-planned']);
  });

  it('keeps a plan for a plan', () => {
    expect(at(['projected-175k'], '2021-11-03')).toEqual([]);
    expect(at(['projected-175k'], null)).toEqual(['projected-175k']);
  });

  it('counts a claim that is no figure once it is said', () => {
    expect(at(['invasion', 'crimea-2014'], '2021-12-06')).toEqual(['crimea-2014']);
    expect(at(['invasion', 'crimea-2014'], null)).toEqual(['invasion', 'crimea-2014']);
  });
});
