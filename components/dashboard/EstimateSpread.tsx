'use client';
import type { BuildupPayload } from '@/geo/buildup-payload';
import { formatValue } from '@/geo/buildup';

/** Every troop figure on one scale, so viewers see the spread of estimates and who gave each. */
export function EstimateSpread({ buildup, onOpenClaim }: { buildup: BuildupPayload; onOpenClaim: (id: string, opener: HTMLElement) => void }) {
  const troops = buildup.claims.filter((c) => c.value !== null && c.unit === 'troops').sort((a, b) => a.value! - b.value!);
  const max = Math.max(...troops.map((c) => c.valueHigh ?? c.value!));
  return (
    <section aria-labelledby="spread-heading">
      <h2 id="spread-heading">The spread of estimates</h2>
      <ol className="spread">
        {troops.map((claim) => (
          <li key={claim.id} className={`spread-row spread-row--${claim.kind}`}>
            <span className="spread-bar" style={{ width: `${(claim.value! / max) * 100}%` }} aria-hidden="true" />
            <span className="spread-label">
              {claim.qualifier} <strong>{formatValue(claim)}</strong> ({claim.kind}): {claim.claimant}{' '}
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
