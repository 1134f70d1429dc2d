/**
 * A scene's figures must be on the map at the scene's date: a later figure of the same series replaces a figure
 * there, and a scene would otherwise show an empty border under a caption about a figure. Used by the scenes file's
 * check and by the desk before it publishes.
 */
import type { Buildup } from './buildup';
import { figureStacks } from './figure-stacks';
import { quotedId, type ScenesFile } from './schema';
import { stepForDate } from './timeline';

export function sceneFigureProblems(buildup: Pick<Buildup, 'claims' | 'steps'>, scenes: ScenesFile): string[] {
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
