/**
 * A scene shows what was known on its date: it may not name a claim said later, its date must be a day of the
 * timeline, and a figure it lists must still be on the map that day.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuildup } from '@/geo/load-buildup';
import { parseScenesText } from '@/geo/load-scenes';
import { DataFileError } from '@/geo/schema';

const FILE = 'geo/data/scenes.json';
const buildup = loadBuildup();

function problemsOf(id: string, edit: (scene: Record<string, unknown>) => void): string[] {
  const data = JSON.parse(readFileSync(FILE, 'utf8')) as { scenes: Record<string, unknown>[] };
  edit(data.scenes.find((s) => s.id === id)!);
  try {
    parseScenesText(JSON.stringify(data), buildup, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).toMatch(/^geo\/data\/scenes\.json is not valid:\n/);
    return (error as DataFileError).problems;
  }
  throw new Error('the scenes were accepted');
}

describe('a scene\'s date', () => {
  it('refuses a claim said after it, listed or in a placeholder', () => {
    expect(problemsOf('november-2021', (scene) => {
      scene.claims = ['kyiv-mod-90k', 'deployed-90k'];
      scene.caption = 'The U.S.: {projected-175k}';
    })).toEqual([
      'scene "november-2021": claims: "deployed-90k" was said on 2021-12-06, after the scene\'s date (2021-11-03)',
      'scene "november-2021": caption: "projected-175k" was said on 2021-12-03, after the scene\'s date (2021-11-03)',
    ]);
  });

  it('refuses a date outside the timeline', () => {
    expect(problemsOf('region', (scene) => (scene.date = '2021-10-01'))).toEqual([
      'scene "region": date: 2021-10-01 is outside the timeline (2021-10-30 to 2022-02-24)',
    ]);
    expect(problemsOf('region', (scene) => (scene.date = '2022-03-01'))).toEqual([
      'scene "region": date: 2022-03-01 is outside the timeline (2021-10-30 to 2022-02-24)',
    ]);
  });

  it('refuses a date that is not a real day', () => {
    expect(problemsOf('region', (scene) => (scene.date = '2021-11-31'))).toEqual(['scene "region": date: must be a real calendar date']);
  });

  it('refuses a figure its series has replaced on the map by then', () => {
    // Ukraine's 90,000 of 6 December gives way to its 122,000 of 22 December.
    expect(problemsOf('january-2022', (scene) => (scene.claims = ['deployed-90k', 'reznikov-130k']))).toEqual([
      'scene "january-2022": claims: "deployed-90k" is on the map only until 2021-12-07, before the scene\'s date (2022-01-28): give the scene a date on which it is shown',
    ]);
  });
});
