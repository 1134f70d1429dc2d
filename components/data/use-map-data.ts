'use client';
import { useMemo } from 'react';
import { calloutLabels, claimById, type NumberedClaim, occupationYear } from '@/geo/buildup';
import type { BuildupPayload } from '@/geo/buildup-payload';
import { selectFigures } from '@/geo/figure-symbols';

/**
 * What a live map and its legend draw from the claims: the figures (only a scene's claims', when given), the
 * callouts' accessible names, the figures the legend lists and the year in the Crimea label.
 */
export function useMapData(buildup: BuildupPayload, claims: readonly string[] | null = null) {
  const figures = useMemo(() => selectFigures(buildup.figures, claims), [buildup.figures, claims]);
  const labels = useMemo(() => calloutLabels(buildup.claims), [buildup.claims]);
  const legendFigures = useMemo(
    () => figures.symbols.features.map((f) => claimById(buildup, f.properties.id)).filter((c): c is NumberedClaim => c !== undefined).sort((a, b) => a.footnote - b.footnote),
    [figures, buildup],
  );
  return { figures, labels, legendFigures, crimeaSince: occupationYear(buildup) };
}
