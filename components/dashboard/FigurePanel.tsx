'use client';
import { claimById, describeFigure, formatValue, headlineClaims } from '@/geo/buildup';
import type { BuildupPayload } from '@/geo/buildup-payload';
import { formatDate, formatNumber } from '@/geo/format';
import type { Metrics } from '@/geo/load-geo';
import { SERIES_LABELS } from '@/geo/series';
import { ClaimsTable } from './ClaimsTable';
import { EstimateSpread } from './EstimateSpread';
import { SourceList } from './SourceList';

interface Props {
  buildup: BuildupPayload;
  metrics: Metrics;
  refreshFailed: boolean;
  onOpenClaim: (id: string, opener: HTMLElement) => void;
  children?: React.ReactNode;
}

/** Lengths and areas this map's own outlines measure (geo/data/metrics.json, computed by `npm run geo`). */
const MEASURED: { label: string; key: keyof Metrics; unit: string }[] = [
  { label: 'Crimea (incl. Sevastopol), area', key: 'crimeaAreaKm2', unit: 'km²' },
  { label: 'Ukraine with Crimea, area', key: 'ukraineRecognisedAreaKm2', unit: 'km²' },
  { label: 'Russia–Ukraine land border, length of the line drawn', key: 'russiaUkraineBorderKm', unit: 'km' },
  { label: 'Belarus–Ukraine border, length of the line drawn', key: 'belarusUkraineBorderKm', unit: 'km' },
];

export function FigurePanel({ buildup, metrics, refreshFailed, onOpenClaim, children }: Props) {
  return (
    <aside className="panel" aria-label="Figures and sources">
      {refreshFailed ? (
        <p className="refresh-note" role="status">Could not refresh the figures; showing the last ones received.</p>
      ) : null}
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">The figures</h2>
        <ul className="headline-figures">
          {headlineClaims(buildup).map((claim) => (
            <li key={claim.id} className={`figure figure--${claim.kind}`} data-claim={claim.id}>
              <span className="figure-value">
                {claim.qualifier ? <span className="figure-qualifier">{claim.qualifier} </span> : null}
                {formatValue(claim)}
              </span>
              <span className="figure-unit">{claim.unit}, {claim.kind}</span>
              <span className="figure-claimant">
                {claim.claimant}, {formatDate(claim.saidOn)}{' '}
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
              Within one series ({of.series ? SERIES_LABELS[of.series] : of.claimant}): the {of.kind} of {formatValue(of)} is <strong>{c.label}</strong> the{' '}
              {to.kind} of {to.qualifier ? `${to.qualifier} ` : ''}{formatValue(to)}.
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
            <tr><th scope="col">What</th><th scope="col">On this map</th></tr>
          </thead>
          <tbody>
            {MEASURED.map(({ label, key, unit }) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>{formatNumber(metrics[key])} {unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="fine-print">
          Measured by code from the generalised Natural Earth 1:10m outlines this map draws: lengths of the lines as
          drawn, not official border lengths.
        </p>
      </section>
    </aside>
  );
}
