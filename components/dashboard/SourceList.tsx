'use client';
import { memo } from 'react';
import type { NumberedClaim } from '@/geo/buildup';
import { formatDate } from '@/geo/format';
import { Citation } from './Citation';

type OnOpenClaim = (id: string, opener: HTMLElement) => void;

/** One source; memoised, so moving the date renders only the sources it adds. */
const SourceItem = memo(function SourceItem({ claim, onOpenClaim }: { claim: NumberedClaim; onOpenClaim: OnOpenClaim }) {
  return (
    <li id={`source-${claim.id}`} value={claim.footnote} data-claim={claim.id}>
      <blockquote className="quote">“{claim.quote}”</blockquote>
      <p className="attribution">
        {claim.claimant}, {formatDate(claim.saidOn)}. <Citation source={claim.source} />.{' '}
        <button type="button" className="link-button" onClick={(e) => onOpenClaim(claim.id, e.currentTarget)}>Open source card</button>
      </p>
    </li>
  );
});

/** The sources of everything known by the date, numbered as on the map, with the exact words quoted. */
export function SourceList({ claims, onOpenClaim }: { claims: readonly NumberedClaim[]; onOpenClaim: OnOpenClaim }) {
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ol className="sources">
        {claims.map((claim) => <SourceItem key={claim.id} claim={claim} onOpenClaim={onOpenClaim} />)}
      </ol>
    </section>
  );
}
