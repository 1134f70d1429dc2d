'use client';
import { claimById, describeFigure } from '@/geo/buildup';
import type { BuildupPayload } from '@/geo/buildup-payload';
import type { Metrics } from '@/geo/load-geo';
import type { ReferenceFacts } from '@/geo/schema';
import { ClaimsTable } from './ClaimsTable';
import { EstimateSpread } from './EstimateSpread';
import { formatDate, formatNumber } from '@/geo/format';
import { SourceList } from './SourceList';

interface Props {
  buildup: BuildupPayload;
  metrics: Metrics;
  referenceFacts: ReferenceFacts;
  refreshFailed: boolean;
  onOpenClaim: (id: string, opener: HTMLElement) => void;
  children?: React.ReactNode;
}

export function FigurePanel({ buildup, metrics, referenceFacts, refreshFailed, onOpenClaim, children }: Props) {
  const headline = buildup.headline.map((id) => claimById(buildup, id)!).filter(Boolean);
  return (
    <aside className="panel" aria-label="Figures and sources">
      {refreshFailed ? (
        <p className="refresh-note" role="status">Could not refresh the figures; showing the last ones received.</p>
      ) : null}
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">The figures</h2>
        <ul className="headline-figures">
          {headline.map((claim) => (
            <li key={claim.id} className={`figure figure--${claim.kind}`} data-claim={claim.id}>
              <span className="figure-value">
                {claim.qualifier ? <span className="figure-qualifier">{claim.qualifier} </span> : null}
                {formatNumber(claim.value!)}
              </span>
              <span className="figure-unit">{claim.unit}, {claim.kind}</span>
              <span className="figure-claimant">
                {claim.claimant}, {formatDate(claim.asOf)}{' '}
                <button type="button" className="footnote" onClick={(e) => onOpenClaim(claim.id, e.currentTarget)} aria-label={`Source ${claim.footnote} for ${describeFigure(claim)}`}>
                  [{claim.footnote}]
                </button>
              </span>
            </li>
          ))}
        </ul>
        {buildup.comparisons.map((c) => {
          const of = claimById(buildup, c.of)!;
          const to = claimById(buildup, c.to)!;
          return (
            <p key={`${c.of}-${c.to}`} className="comparison">
              The {of.kind} {formatNumber(of.value!)} ({of.claimant}) is <strong>{c.label}</strong> the {to.kind}{' '}
              {formatNumber(to.value!)} ({to.claimant}).
            </p>
          );
        })}
        <p className="as-of">As of {formatDate(buildup.asOf)}</p>
      </section>
      {children}
      <EstimateSpread buildup={buildup} onOpenClaim={onOpenClaim} />
      <ClaimsTable buildup={buildup} />
      <SourceList buildup={buildup} onOpenClaim={onOpenClaim} />
      <section aria-labelledby="geo-heading">
        <h2 id="geo-heading">Measured on this map</h2>
        <table className="geo-facts">
          <thead>
            <tr><th scope="col">What</th><th scope="col">Official</th><th scope="col">On this map</th></tr>
          </thead>
          <tbody>
            {referenceFacts.facts.map((fact) => (
              <tr key={fact.id}>
                <th scope="row">{fact.label}</th>
                <td>{fact.qualifier} {formatNumber(fact.value)} {fact.unit}</td>
                <td>{formatNumber(metrics[fact.measured])} {fact.unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="fine-print">
          Official figures: {referenceFacts.source}. “On this map” is measured by code from the generalised Natural Earth
          1:10m outlines, which draw borders shorter than their official length.
        </p>
      </section>
    </aside>
  );
}
