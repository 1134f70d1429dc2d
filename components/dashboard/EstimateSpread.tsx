'use client';
import { formatValue, type ClaimSummary } from '@/geo/buildup';
import { chartClaims } from '@/geo/chart-marks';
import { scopeLabel } from '@/geo/scope-words';

/** Every troop figure known by the date on one scale, so viewers see the spread of estimates and who gave each. */
export function EstimateSpread({ claims, onOpenClaim }: { claims: readonly ClaimSummary[]; onOpenClaim: (id: string, opener: HTMLElement) => void }) {
  const troops = chartClaims(claims).sort((a, b) => a.value! - b.value! || a.footnote - b.footnote);
  const max = Math.max(...troops.map((c) => c.valueHigh ?? c.value!));
  const percent = (value: number) => `${(value / max) * 100}%`;
  // A bar from zero to the figure; a range's bar spans its two ends.
  const bar = (c: ClaimSummary) => (c.valueHigh === undefined
    ? { left: 0, width: percent(c.value!) }
    : { left: percent(c.value!), width: percent(c.valueHigh - c.value!) });
  return (
    <section aria-labelledby="spread-heading">
      <h2 id="spread-heading">The spread of estimates</h2>
      <ol className="spread">
        {troops.map((claim) => (
          <li key={claim.id} className={`spread-row spread-row--${claim.kind}`}>
            <span className="spread-bar" style={bar(claim)} aria-hidden="true" />
            <span className="spread-label">
              {claim.qualifier} <strong>{formatValue(claim)}</strong> ({claim.kind}{scopeLabel(claim.scope) ? `; ${scopeLabel(claim.scope)}` : ''}): {claim.claimant}{' '}
              <button type="button" className="footnote" onClick={(e) => onOpenClaim(claim.id, e.currentTarget)} aria-label={`Source ${claim.footnote}`}>
                [{claim.footnote}]
              </button>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
