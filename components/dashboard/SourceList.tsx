'use client';
import type { BuildupPayload } from '@/geo/buildup-payload';
import { formatDate } from '@/geo/format';
import { Citation } from './Citation';

export function SourceList({ buildup, onOpenClaim }: { buildup: BuildupPayload; onOpenClaim: (id: string, opener: HTMLElement) => void }) {
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ol className="sources">
        {buildup.claims.map((claim) => (
          <li key={claim.id} id={`source-${claim.id}`} value={claim.footnote} data-claim={claim.id}>
            <blockquote className="quote">“{claim.quote}”</blockquote>
            <p className="attribution">
              {claim.claimant}, {formatDate(claim.saidOn)}. <Citation source={claim.source} />.{' '}
              <button type="button" className="link-button" onClick={(e) => onOpenClaim(claim.id, e.currentTarget)}>Open source card</button>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
