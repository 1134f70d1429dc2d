import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionForKey } from '@/components/present/keys';
import { fillPlaceholders } from '@/geo/fill-placeholders';
import { loadBuildup } from '@/geo/load-buildup';
import { parseScenesText } from '@/geo/load-scenes';
import { DataFileError } from '@/geo/schema';
import { sceneFromPath } from '@/geo/view-state';

const FILE = 'geo/data/scenes.json';
const text = readFileSync(FILE, 'utf8');
const buildup = loadBuildup();

function problemsOf(mutate: (data: { scenes: Record<string, unknown>[] }) => void): string[] {
  const data = JSON.parse(text);
  mutate(data);
  try {
    parseScenesText(JSON.stringify(data), buildup, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as DataFileError).problems;
  }
  throw new Error('the scenes were accepted');
}

describe('the scenes file', () => {
  it('holds the first story’s seven scenes in order', () => {
    expect(parseScenesText(text, buildup).scenes.map((s) => s.id)).toEqual([
      'region', 'border-90k', 'crimea', 'belarus', 'projection-175k', 'eastern-flank', 'sources',
    ]);
  });

  it('names the scene and field of a broken camera', () => {
    expect(problemsOf((d) => (d.scenes[2].camera = { fit: ['atlantis'] }))).toEqual([
      'scene "crimea": camera: must be { "fit": [ukraine | crimea | russia | belarus | eastern-flank | border-zone] } or { "center": [lng, lat], "zoom": 3–9 }',
    ]);
  });

  it('rejects a figure typed into a caption instead of taken from its claim', () => {
    expect(problemsOf((d) => (d.scenes[1].caption = 'Ukrainian officials: 90,000 troops'))).toEqual([
      'scene "border-90k": caption: types the number 90,000: write {claim-id} so the figure comes from its claim (caption)',
    ]);
  });

  it('rejects a placeholder or claim that does not exist', () => {
    expect(problemsOf((d) => {
      d.scenes[0].caption = 'See {ghost}';
      d.scenes[0].claims = ['phantom'];
    })).toEqual([
      'scene "region": claims: names "phantom", which is not a claim',
      'scene "region": caption: {ghost} is not a claim with a number',
    ]);
  });

  it('fills captions from the claims', () => {
    expect(fillPlaceholders('U.S. intelligence: {projected-175k}', buildup)).toBe('U.S. intelligence: could eventually reach 175,000 troops');
  });
});

describe('presenter addresses and keys', () => {
  it.each([['/present', 1], ['/present/1', 1], ['/present/7', 7], ['/present/0', 1], ['/present/99', 7], ['/present/abc', 1], ['/present/-4', 1]])('%s is scene %i', (path, scene) => {
    expect(sceneFromPath(path, 7)).toBe(scene);
  });

  it('maps clicker and keyboard keys', () => {
    expect(['ArrowRight', ' ', 'PageDown'].map(actionForKey)).toEqual(Array(3).fill({ type: 'next' }));
    expect(['ArrowLeft', 'PageUp'].map(actionForKey)).toEqual(Array(2).fill({ type: 'previous' }));
    expect(actionForKey('9')).toEqual({ type: 'jump', index: 8 });
    expect(actionForKey('0')).toBeNull();
    expect(actionForKey('.')).toEqual({ type: 'black' });
    expect(actionForKey('Escape')).toEqual({ type: 'leave' });
  });
});
