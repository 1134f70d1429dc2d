'use client';
import { describeFigure } from '@/geo/buildup';
import type { BuildupPayload } from '@/geo/buildup-payload';
import { citationText } from '@/geo/citation';
import { formatDate } from '@/geo/format';

/** Every claim as a table: the same facts as the map and the source list, in a form screen readers navigate. */
export function ClaimsTable({ buildup }: { buildup: BuildupPayload }) {
  return (
    <details className="claims-table">
      <summary>All claims as a table</summary>
      <table>
        <caption className="visually-hidden">Every claim on this map, with who makes it, when, and the source</caption>
        <thead>
          <tr><th scope="col">#</th><th scope="col">Claim</th><th scope="col">Kind</th><th scope="col">Who says it</th><th scope="col">Said on</th><th scope="col">Source</th></tr>
        </thead>
        <tbody>
          {buildup.claims.map((claim) => (
            <tr key={claim.id}>
              <td>{claim.footnote}</td>
              <td>{describeFigure(claim)}</td>
              <td>{claim.kind}</td>
              <td>{claim.claimant}</td>
              <td>{formatDate(claim.saidOn)}</td>
              <td>{citationText(claim.source)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
