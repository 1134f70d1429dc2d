/**
 * Which figure the map shows for whom, at each step of the timeline. A stack is one series' figures about one place
 * (Ukraine's officials at the border, the U.S. government in Belarus, …): at any date it shows that series' latest
 * figure in place (a count or an estimate) and its latest plan (a projection), each until the series says another.
 * Figures of different series are never stacked, joined or divided.
 */
import type { ClaimSummary } from './buildup';
import type { Series } from './series';

export type StackPlace = 'border-zone' | 'belarus';

export interface FigureSpan<C extends ClaimSummary = ClaimSummary> {
  claim: C;
  /** The steps (geo/timeline.ts) the figure is shown at, both included. */
  from: number;
  to: number;
  role: 'in-place' | 'plan';
}

export interface Stack<C extends ClaimSummary = ClaimSummary> { key: string; series: Series; place: StackPlace; spans: FigureSpan<C>[]; maxValue: number }

/** On one day a series may give several figures of one kind: the one counting most forces stands for it. */
const COMPONENT_RANK: Record<string, number> = { 'ground, naval and air': 2, 'all forces': 2, unknown: 1, ground: 0 };
const preferred = (a: ClaimSummary, b: ClaimSummary) =>
  (COMPONENT_RANK[b.scope?.components ?? 'unknown'] ?? 1) - (COMPONENT_RANK[a.scope?.components ?? 'unknown'] ?? 1)
  || (b.valueHigh ?? b.value ?? 0) - (a.valueHigh ?? a.value ?? 0)
  || a.footnote - b.footnote;

/** The border first (where most figures stand), then Belarus. */
const PLACE_ORDER: StackPlace[] = ['border-zone', 'belarus'];
const SERIES_ORDER: Series[] = ['ukraine', 'us', 'nato'];

/** Troop figures with a series, by series and place. */
export function figureStacks<C extends ClaimSummary>(claims: readonly C[], steps: readonly string[]): Stack<C>[] {
  const stepOf = (date: string) => steps.indexOf(date);
  const groups = new Map<string, C[]>();
  for (const claim of claims) {
    if (claim.value === null || claim.unit !== 'troops' || !claim.series) continue;
    const place: StackPlace = claim.where.geometry === 'belarus' ? 'belarus' : 'border-zone';
    const key = `${claim.series}@${place}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  const stacks: Stack<C>[] = [];
  for (const [key, members] of groups) {
    const spans: FigureSpan<C>[] = [];
    for (const role of ['in-place', 'plan'] as const) {
      const ofRole = members.filter((c) => (c.kind === 'projection') === (role === 'plan'));
      const byDate = [...new Set(ofRole.map((c) => c.saidOn))].sort();
      const chosen = byDate.map((date) => ofRole.filter((c) => c.saidOn === date).sort(preferred)[0]);
      chosen.forEach((claim, i) => {
        const next = chosen[i + 1];
        spans.push({ claim, role, from: stepOf(claim.saidOn), to: next ? stepOf(next.saidOn) - 1 : steps.length - 1 });
      });
    }
    const [series, place] = key.split('@') as [Series, StackPlace];
    stacks.push({ key, series, place, spans, maxValue: Math.max(...members.map((c) => c.valueHigh ?? c.value!)) });
  }
  return stacks.sort((a, b) => PLACE_ORDER.indexOf(a.place) - PLACE_ORDER.indexOf(b.place) || SERIES_ORDER.indexOf(a.series) - SERIES_ORDER.indexOf(b.series));
}

/** The figures shown at a step, stack by stack: what the panel's headline lists and the map draws. */
export function figuresAt<C extends ClaimSummary>(stacks: readonly Stack<C>[], step: number): FigureSpan<C>[] {
  return stacks.flatMap((stack) => stack.spans.filter((s) => s.from <= step && step <= s.to));
}
