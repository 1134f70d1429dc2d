'use client';
import { useMemo } from 'react';
import { calloutLabels, claimById, type NumberedClaim, occupationYear } from '@/geo/buildup';
import type { BuildupPayload } from '@/geo/buildup-payload';
import { selectFigures } from '@/geo/figure-layers';

/**
 * What a live map and its legend draw from the claims: the figures (only a scene's claims', when given), the
 * callouts' accessible names, the figures the legend lists at the step, and the year in the Crimea label.
 */
export function useMapData(buildup: BuildupPayload, step: number, claims: readonly string[] | null = null) {
  const figures = useMemo(() => selectFigures(buildup.figures, claims), [buildup.figures, claims]);
  const labels = useMemo(() => calloutLabels(buildup.claims), [buildup.claims]);
  const legendFigures = useMemo(() => {
    const ids = new Set(figures.circles.filter((c) => c.from <= step && step <= c.to).map((c) => c.id));
    return [...ids].map((id) => claimById(buildup, id)).filter((c): c is NumberedClaim => c !== undefined).sort((a, b) => a.footnote - b.footnote);
  }, [figures, buildup, step]);
  return { figures, labels, legendFigures, crimeaSince: occupationYear(buildup) };
}
