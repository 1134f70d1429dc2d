'use client';
import { createContext, useContext } from 'react';
import { openClaimLink } from '@/components/markup/open-claim-link';
import type { ClaimSummary } from '@/geo/buildup';

/**
 * The page of every source at the view's date, which footnotes lead to. A context rather than a prop: the memoised
 * rows that hold footnotes are not drawn again for a new date, only the links are.
 */
export const SourcesHref = createContext('/sources');

interface Props {
  claim: ClaimSummary;
  label: string;
  onOpenClaim: (id: string, opener: HTMLElement) => void;
}

/**
 * A figure's footnote, a link to its source's exact words on the page of every source: it works before the page's
 * script runs (on a phone that is after the first paint) and without it. With script, a click opens the source card
 * instead (a modifier key keeps it a link), as a number on the map does.
 */
export function FootnoteLink({ claim, label, onOpenClaim }: Props) {
  const sourcesHref = useContext(SourcesHref);
  return (
    <a className="footnote" href={`${sourcesHref}#source-${claim.id}`} data-claim={claim.id} onClick={(e) => openClaimLink(e, onOpenClaim)} aria-label={label}>
      {`[${claim.footnote}]`}
    </a>
  );
}
