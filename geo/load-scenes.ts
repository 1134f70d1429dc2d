import 'server-only';
/** The presenter's scenes (geo/data/scenes.json, or BUILDUP_SCENES_FILE), validated against the claims they name. */
import path from 'node:path';
import type { Buildup } from './buildup';
import { dataFile } from './data-file';
import { loadBuildup } from './load-buildup';
import { sceneFigureProblems } from './scene-figures';
import { DataFileError, parseDataFile, sceneReferenceProblems, ScenesFileSchema, type ScenesFile } from './schema';

export const SCENES_FILE = process.env.BUILDUP_SCENES_FILE ?? path.join(process.cwd(), 'geo', 'data', 'scenes.json');

export function parseScenesText(text: string, buildup: Buildup, file = 'geo/data/scenes.json'): ScenesFile {
  const scenes = parseDataFile(ScenesFileSchema, text, file, 'scenes', 'scene');
  const problems = sceneReferenceProblems(scenes, buildup.claims);
  if (problems.length === 0) problems.push(...sceneFigureProblems(buildup, scenes));
  if (problems.length > 0) throw new DataFileError(file, problems);
  return scenes;
}

const scenes = dataFile(SCENES_FILE, (text, name) => parseScenesText(text, loadBuildup(), name), 'scenes', () => loadBuildup().version);

export const loadScenes = (): ScenesFile => scenes.read();
