'use client';
import { openClaimLink } from '@/components/markup/open-claim-link';
import type { ClaimSummary } from '@/geo/buildup';

interface Props {
  claim: ClaimSummary;
  /** The page of every source at the view's date: the link leads to the claim's entry there. */
  sourcesHref: string;
  label: string;
  onOpenClaim: (id: string, opener: HTMLElement) => void;
}

/**
 * A figure's footnote, a link to its source's exact words on the page of every source: it works before the page's
 * script runs (on a phone that is after the first paint) and without it. With script, a click opens the source card
 * instead (a modifier key keeps it a link), as a number on the map does.
 */
export function FootnoteLink({ claim, sourcesHref, label, onOpenClaim }: Props) {
  return (
    <a className="footnote" href={`${sourcesHref}#source-${claim.id}`} data-claim={claim.id} onClick={(e) => openClaimLink(e, onOpenClaim)} aria-label={label}>
      [{claim.footnote}]
    </a>
  );
}
