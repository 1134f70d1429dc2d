'use client';
import { useRef } from 'react';
import { useStepMarks } from '@/components/markup/use-step-marks';

/**
 * Every claim known by the date as a table (rendered by the server: geo/render/claim-lists.ts): the same facts as the
 * map, the chart and the source list, in a form screen readers navigate (the chart's full alternative). Shown once
 * the lists have arrived; /sources has it for a page without script.
 */
export function ClaimsTable({ markup, step }: { markup: string | null; step: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useStepMarks(ref, step, markup);
  if (markup === null) return null;
  return (
    <details className="claims-table">
      <summary>All claims as a table</summary>
      {/* Focusable, so a keyboard can scroll it sideways where it is wider than the panel. */}
      <div ref={ref} className="claims-table-frame" role="region" aria-label="All claims" tabIndex={0} dangerouslySetInnerHTML={{ __html: markup }} />
    </details>
  );
}
