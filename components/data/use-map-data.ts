'use client';
import { useMemo } from 'react';
import { calloutLabels, type ClaimSummary, occupationYear } from '@/geo/buildup';
import type { PagePayload } from '@/geo/buildup-payload';
import { type FigureLayers, selectFigures } from '@/geo/figure-layers';
import { figuresAt, figureStacks } from '@/geo/figure-stacks';

/**
 * What a live map and its legend draw from the claims: the figures (only a scene's claims', when given; null until
 * the whole payload has arrived, which places them), the callouts' accessible names, the figures the legend lists at
 * the step (those the map draws there, known from the claims alone, so the legend is whole in the first paint), and
 * the year in the Crimea label.
 */
export function useMapData(buildup: PagePayload, placed: FigureLayers | null, step: number, claims: readonly string[] | null = null) {
  const figures = useMemo(() => (placed ? selectFigures(placed, claims) : null), [placed, claims]);
  const labels = useMemo(() => calloutLabels(buildup.claims), [buildup.claims]);
  const stacks = useMemo(() => figureStacks(buildup.claims, buildup.steps), [buildup.claims, buildup.steps]);
  // The legend lists kinds of figure: the same list (and the same array, so the legend is not drawn again) for
  // every date that shows the same kinds.
  const kinds = [...new Set(figuresAt(stacks, step).map((span) => span.claim).filter((c) => claims === null || claims.includes(c.id)).map((c) => c.kind))].sort().join(' ');
  const legendFigures = useMemo((): Pick<ClaimSummary, 'kind'>[] => (kinds ? kinds.split(' ').map((kind) => ({ kind: kind as ClaimSummary['kind'] })) : []), [kinds]);
  return { figures, labels, legendFigures, crimeaSince: occupationYear(buildup) };
}
