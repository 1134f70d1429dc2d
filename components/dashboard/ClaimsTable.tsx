'use client';
import { memo } from 'react';
import { describeFigure, type NumberedClaim } from '@/geo/buildup';
import { claimChangeText } from '@/geo/change-words';
import { citationText } from '@/geo/citation';
import { formatDate } from '@/geo/format';
import { scopeLabel } from '@/geo/scope-words';
import { SERIES_LABELS } from '@/geo/series';

/** One claim; memoised, so moving the date renders only the rows it adds. */
const ClaimRow = memo(function ClaimRow({ claim }: { claim: NumberedClaim }) {
  return (
    <tr>
      <td>{claim.footnote}</td>
      <td>
        {describeFigure(claim)}
        {claim.changes?.map((change) => <span key={`${change.change}-${change.date}-${change.note}`} className={`claim-change claim-change--${change.change}`}> {claimChangeText(change)}</span>)}
      </td>
      <td>{claim.kind}</td>
      <td>{claim.claimant}{claim.series ? ` (${SERIES_LABELS[claim.series]})` : ''}</td>
      <td>{formatDate(claim.saidOn)}</td>
      <td>{[claim.where.description, scopeLabel(claim.scope)].filter(Boolean).join('; ')}</td>
      <td>{citationText(claim.source)}</td>
    </tr>
  );
});

/**
 * Every claim known by the date as a table: the same facts as the map, the chart and the source list, in a form
 * screen readers navigate (the chart's full alternative).
 */
export function ClaimsTable({ claims }: { claims: readonly NumberedClaim[] }) {
  return (
    <details className="claims-table">
      <summary>All claims as a table</summary>
      <table>
        <caption className="visually-hidden">Every claim known by the chosen date, with who makes it, when, what it covers and the source</caption>
        <thead>
          <tr><th scope="col">#</th><th scope="col">Claim</th><th scope="col">Kind</th><th scope="col">Who says it</th><th scope="col">Said on</th><th scope="col">Covers</th><th scope="col">Source</th></tr>
        </thead>
        <tbody>
          {claims.map((claim) => <ClaimRow key={claim.id} claim={claim} />)}
        </tbody>
      </table>
    </details>
  );
}
