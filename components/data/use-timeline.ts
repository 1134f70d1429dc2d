'use client';
import { useMemo } from 'react';
import type { ClaimSummary } from '@/geo/buildup';
import { figuresAt, figureStacks, type FigureSpan, type Stack } from '@/geo/figure-stacks';
import { knownAt, stepForDate } from '@/geo/timeline';

export interface Timeline {
  steps: string[];
  /** The step the date selects (the latest without one). */
  step: number;
  stacks: Stack[];
  /** The figures shown at the step, stack by stack (the headline). */
  shown: FigureSpan[];
  /** The claims known at the step: said on or before its date. */
  known: ClaimSummary[];
}

/** What was known on the chosen date, for every part of a page that shows figures. */
export function useTimeline(buildup: { claims: ClaimSummary[]; steps: string[] }, date: string | null): Timeline {
  const stacks = useMemo(() => figureStacks(buildup.claims, buildup.steps), [buildup]);
  const step = stepForDate(buildup.steps, date);
  return useMemo(() => ({
    steps: buildup.steps,
    step,
    stacks,
    shown: figuresAt(stacks, step),
    known: knownAt(buildup.claims, buildup.steps, step),
  }), [buildup, stacks, step]);
}
