'use client';
import { useMemo, useRef } from 'react';
import { openClaimLink } from '@/components/markup/open-claim-link';
import { ServerMarkup } from '@/components/markup/ServerMarkup';
import { useStepMarks } from '@/components/markup/use-step-marks';
import type { ClaimSummary } from '@/geo/buildup';
import { chartSummary } from '@/geo/chart-summary';

/** A tap this near a mark opens it: the marks are 8 px across (WCAG 2.5.8 asks for targets 24 px wide). */
const TAP_RADIUS_PX = 16;

/** A click on a mark opens its card; on a touch screen, so does a tap that missed the nearest mark by a little. */
function openMarkNear(event: React.MouseEvent, onOpenClaim: Props['onOpenClaim']) {
  if (openClaimLink(event, onOpenClaim) || (event.nativeEvent as PointerEvent).pointerType !== 'touch') return;
  const { currentTarget: root, clientX, clientY } = event;
  void import('@/components/markup/link-near-tap').then(({ linkNearTap }) => {
    const link = linkNearTap(root, clientX, clientY, TAP_RADIUS_PX);
    if (link) onOpenClaim(link.dataset.claim!, link as unknown as HTMLElement);
  });
}

interface Props {
  /** The chart the server drew (geo/render/chart.ts): every mark of the timeline, each marked with its steps. */
  slot: string;
  /** A newer data version's chart, once one is published. */
  fresh: string | null;
  step: number;
  date: string;
  known: readonly ClaimSummary[];
  onOpenClaim: (id: string, opener: HTMLElement) => void;
}

/**
 * The figures over time. The SVG comes from the server, so the chart is there before any script and in print; here
 * a new date only flips attributes on it, and a click on a mark opens its source card (without script each mark is a
 * link to its source on `/sources`). Its words: a summary below it, the claims table in the panel.
 */
export function TimeChart({ slot, fresh, step, date, known, onOpenClaim }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useStepMarks(ref, step, fresh);
  const summary = useMemo(() => chartSummary(known, date), [known, date]);
  return (
    <figure className="chart-figure" aria-labelledby="chart-heading">
      <h2 id="chart-heading">Figures over time</h2>
      <ServerMarkup ref={ref} slot={slot} fresh={fresh} className="chart-frame chart" onClick={(event) => openMarkNear(event, onOpenClaim)} />
      <figcaption className="chart-summary">{summary}</figcaption>
    </figure>
  );
}
