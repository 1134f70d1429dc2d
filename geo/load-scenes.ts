import 'server-only';
/** The presenter's scenes (geo/data/scenes.json, or BUILDUP_SCENES_FILE), validated against the claims they name. */
import path from 'node:path';
import type { Buildup } from './buildup';
import { dataFile } from './data-file';
import { figureStacks } from './figure-stacks';
import { loadBuildup } from './load-buildup';
import { DataFileError, parseDataFile, quotedId, sceneReferenceProblems, ScenesFileSchema, type ScenesFile } from './schema';
import { stepForDate } from './timeline';

export const SCENES_FILE = process.env.BUILDUP_SCENES_FILE ?? path.join(process.cwd(), 'geo', 'data', 'scenes.json');

/**
 * A figure a scene lists must be on the map at the scene's date: a later figure of the same series replaces it
 * there, and a scene would otherwise show an empty border with a caption about a figure.
 */
function hiddenFigureProblems(scenes: ScenesFile, buildup: Buildup): string[] {
  const spans = figureStacks(buildup.claims, buildup.steps).flatMap((s) => s.spans);
  const problems: string[] = [];
  for (const scene of scenes.scenes) {
    const step = stepForDate(buildup.steps, scene.date ?? null);
    for (const id of scene.claims) {
      const own = spans.filter((s) => s.claim.id === id);
      if (own.length > 0 && !own.some((s) => s.from <= step && step <= s.to)) {
        const until = buildup.steps[Math.max(...own.map((s) => s.to))];
        problems.push(`scene ${quotedId(scene.id)}: claims: "${id}" is on the map only until ${until}, before the scene's date (${buildup.steps[step]}): give the scene a date on which it is shown`);
      }
    }
  }
  return problems;
}

export function parseScenesText(text: string, buildup: Buildup, file = 'geo/data/scenes.json'): ScenesFile {
  const scenes = parseDataFile(ScenesFileSchema, text, file, 'scenes', 'scene');
  const problems = sceneReferenceProblems(scenes, buildup.claims);
  if (problems.length === 0) problems.push(...hiddenFigureProblems(scenes, buildup));
  if (problems.length > 0) throw new DataFileError(file, problems);
  return scenes;
}

const scenes = dataFile(SCENES_FILE, (text, name) => parseScenesText(text, loadBuildup(), name), 'scenes', () => loadBuildup().version);

export const loadScenes = (): ScenesFile => scenes.read();
