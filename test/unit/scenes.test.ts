import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionForKey, typedScene } from '@/components/present/keys';
import { fillPlaceholders } from '@/geo/fill-placeholders';
import { loadBuildup } from '@/geo/load-buildup';
import { parseScenesText } from '@/geo/load-scenes';
import { DataFileError } from '@/geo/schema';
import { sceneFromPath } from '@/geo/view-state';

const FILE = 'geo/data/scenes.json';
const text = readFileSync(FILE, 'utf8');
const buildup = loadBuildup();

type ScenesData = { scenes: Record<string, unknown>[] };
const sceneIn = (data: ScenesData, id: string) => data.scenes.find((s) => s.id === id)!;

function problemsOf(mutate: (data: ScenesData) => void): string[] {
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
  it('holds the story’s twelve scenes in order, each dated inside the timeline or undated', () => {
    const scenes = parseScenesText(text, buildup).scenes;
    expect(scenes.map((s) => s.id)).toEqual([
      'region', 'november-2021', 'border-december', 'crimea', 'projection-175k', 'eastern-flank', 'january-2022', 'belarus',
      'february-150k', 'february-169-190k', 'invasion', 'sources',
    ]);
    expect(scenes.map((s) => s.date ?? null)).toEqual([
      '2021-10-30', '2021-11-03', '2021-12-06', '2021-12-06', '2021-12-06', '2021-12-06', '2022-01-28', '2022-01-31', '2022-02-15', '2022-02-18', '2022-02-24', null,
    ]);
  });

  it('names the scene and field of a broken camera', () => {
    expect(problemsOf((d) => (sceneIn(d, 'crimea').camera = { fit: ['atlantis'] }))).toEqual([
      'scene "crimea": camera: must be { "fit": [ukraine | crimea | russia | belarus | eastern-flank | border-zone] } or { "center": [lng, lat], "zoom": 3–9 }',
    ]);
  });

  it('rejects a figure typed into a caption instead of taken from its claim', () => {
    expect(problemsOf((d) => (sceneIn(d, 'border-december').caption = 'Ukrainian officials: 90,000 troops'))).toEqual([
      'scene "border-december": caption: types the number 90,000: write {claim-id} so the figure comes from its claim (caption)',
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

  it('takes the area a figure counts from its claim, and refuses it typed or from a claim without one', () => {
    expect(fillPlaceholders('Ukraine: {reznikov-130k} {reznikov-130k:area} of the border', buildup)).toBe('Ukraine: about 130,000 troops within 200 km of the border');
    expect(problemsOf((d) => (sceneIn(d, 'january-2022').caption = 'Ukraine: {reznikov-130k} within 200 km of the border'))).toEqual([
      'scene "january-2022": caption: types the number 200: write {claim-id} so the figure comes from its claim (caption)',
    ]);
    expect(problemsOf((d) => (sceneIn(d, 'january-2022').caption = 'Ukraine: {reznikov-130k} {invasion:area}'))).toEqual([
      'scene "january-2022": caption: {invasion} is not a claim with a number',
    ]);
  });
});

describe('presenter addresses and keys', () => {
  it.each([['/present', 1], ['/present/1', 1], ['/present/7', 7], ['/present/0', 1], ['/present/99', 7], ['/present/abc', 1], ['/present/-4', 1], ['/present/9999999999999999', 7], [`/present/${'9'.repeat(400)}`, 7], ['/present/-99999999', 1]])('%s is scene %i', (path, scene) => {
    expect(sceneFromPath(path, 7)).toBe(scene);
  });

  it('maps clicker and keyboard keys', () => {
    expect(['ArrowRight', ' ', 'PageDown'].map((key) => actionForKey(key))).toEqual(Array(3).fill({ type: 'next' }));
    expect(['ArrowLeft', 'PageUp'].map((key) => actionForKey(key))).toEqual(Array(2).fill({ type: 'previous' }));
    expect(actionForKey(' ', true)).toEqual({ type: 'previous' });
    expect(actionForKey('9')).toBeNull();
    expect(actionForKey('.')).toEqual({ type: 'black' });
    expect(actionForKey('Escape')).toEqual({ type: 'leave' });
    expect(actionForKey('n')).toEqual({ type: 'notes' });
    expect(['k', 'K'].map((key) => actionForKey(key))).toEqual(Array(2).fill({ type: 'key' }));
  });

  it('reads a typed scene number: two digits for scenes 10 and up, waiting only where another digit could follow', () => {
    expect(typedScene('1', 12)).toEqual({ index: 0, wait: true });
    expect(typedScene('12', 12)).toEqual({ index: 11, wait: false });
    expect(typedScene('2', 12)).toEqual({ index: 1, wait: false });
    expect(typedScene('9', 7)).toBeNull();
    expect(typedScene('13', 12)).toBeNull();
    expect(typedScene('0', 12)).toBeNull();
    expect(typedScene('1', 9)).toEqual({ index: 0, wait: false });
  });
});
