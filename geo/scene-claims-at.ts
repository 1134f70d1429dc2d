/**
 * The claims a scene shows at a step. A dated scene shows its own (the scenes file's check makes sure each is on
 * the map at its date). An undated scene shown at an earlier `?date=` ("The sources" as of 22 December) would show
 * none of its February figures and be an empty map under its caption: each of its figures not yet said stands in for
 * the figure its series gave by then about the same place and of the same role (a count for a count, a plan for a
 * plan), and is left out where the series had given none. Its other claims (a statement, Crimea) count once said.
 */
import type { ClaimSummary } from './buildup';
import { figureStacks } from './figure-stacks';
import { shownAt } from './timeline';

export function sceneClaimsAt(claims: readonly ClaimSummary[], steps: readonly string[], listed: readonly string[], step: number): string[] {
  const spans = figureStacks(claims, steps).map((stack) => stack.spans);
  const ids = listed.flatMap((id) => {
    const stack = spans.find((list) => list.some((s) => s.claim.id === id));
    if (!stack) {
      const claim = claims.find((c) => c.id === id);
      return claim && claim.saidOn <= steps[step] ? [id] : [];
    }
    const own = stack.filter((s) => s.claim.id === id);
    if (own.some((s) => shownAt(s, step))) return [id];
    const role = own[0].role;
    return stack.filter((s) => s.role === role && shownAt(s, step)).map((s) => s.claim.id);
  });
  return [...new Set(ids)];
}
