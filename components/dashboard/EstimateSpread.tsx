'use client';
import { memo } from 'react';
import { formatValue, type ClaimSummary } from '@/geo/buildup';
import { chartClaims } from '@/geo/chart-marks';
import { cssPercent } from '@/geo/css-percent';
import { scopeLabel } from '@/geo/scope-words';
import { FootnoteLink } from './FootnoteLink';

type OnOpenClaim = (id: string, opener: HTMLElement) => void;

/** One figure on the scale; memoised, so a new date draws only the rows it adds (and all when the scale changes). */
const SpreadRow = memo(function SpreadRow({ claim, max, onOpenClaim }: { claim: ClaimSummary; max: number; onOpenClaim: OnOpenClaim }) {
  const percent = (value: number) => cssPercent((value / max) * 100);
  // A bar from zero to the figure; a range's too, to its upper end, solid from its lower end (`--low`, of the bar):
  // a segment floating between its ends read, at a glance, as one of the smallest figures.
  const bar = (claim.valueHigh === undefined
    ? { width: percent(claim.value!) }
    : { width: percent(claim.valueHigh), '--low': cssPercent((claim.value! / claim.valueHigh) * 100) }) as React.CSSProperties;
  return (
    <li className={`spread-row spread-row--${claim.kind}`}>
      <span className="spread-bar" style={bar} aria-hidden="true" />
      <span className="spread-label">
        {`${claim.qualifier ?? ''} `}<strong>{formatValue(claim)}</strong>{` (${claim.kind}${scopeLabel(claim.scope) ? `; ${scopeLabel(claim.scope)}` : ''}): ${claim.claimant} `}
        <FootnoteLink claim={claim} label={`Source ${claim.footnote}`} onOpenClaim={onOpenClaim} />
      </span>
    </li>
  );
});

/** Every troop figure known by the date on one scale, so viewers see the spread of the figures (counts, estimates and projections) and who gave each. */
export function EstimateSpread({ claims, onOpenClaim }: { claims: readonly ClaimSummary[]; onOpenClaim: OnOpenClaim }) {
  const troops = chartClaims(claims).sort((a, b) => a.value! - b.value! || a.footnote - b.footnote);
  const max = Math.max(...troops.map((c) => c.valueHigh ?? c.value!));
  return (
    <section aria-labelledby="spread-heading">
      <h2 id="spread-heading">The spread of figures</h2>
      <ol className="spread">
        {troops.map((claim) => <SpreadRow key={claim.id} claim={claim} max={max} onOpenClaim={onOpenClaim} />)}
      </ol>
    </section>
  );
}
