'use client';
import { describeFigure } from '@/geo/buildup';
import type { BuildupPayload } from '@/geo/buildup-payload';
import { formatDate } from '@/geo/format';

/** Every claim as a table: the same facts as the map and the source list, in a form screen readers navigate. */
export function ClaimsTable({ buildup }: { buildup: BuildupPayload }) {
  return (
    <details className="claims-table">
      <summary>All claims as a table</summary>
      <table>
        <caption className="visually-hidden">Every claim on this map, with who makes it, when, and the publisher</caption>
        <thead>
          <tr><th scope="col">#</th><th scope="col">Claim</th><th scope="col">Kind</th><th scope="col">Who says it</th><th scope="col">As of</th><th scope="col">Published by</th></tr>
        </thead>
        <tbody>
          {buildup.claims.map((claim) => (
            <tr key={claim.id}>
              <td>{claim.footnote}</td>
              <td>{describeFigure(claim)}</td>
              <td>{claim.kind}</td>
              <td>{claim.claimant}</td>
              <td>{formatDate(claim.asOf)}</td>
              <td>{claim.source.publisher}, {formatDate(claim.source.published)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
