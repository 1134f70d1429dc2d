'use client';
import { useRef } from 'react';
import { useStepMarks } from '@/components/markup/use-step-marks';

interface Props {
  /** The list the server rendered (geo/render/claim-lists.ts), once it has arrived. */
  markup: string | null;
  failed: boolean;
  step: number;
  /** The page of every source at this date, for a page without script (and until the list arrives). */
  sourcesHref: string;
  onOpenClaim: (id: string, opener: HTMLElement) => void;
}

/**
 * The sources of everything known by the date, numbered as on the map, with the exact words quoted. The server
 * renders them (they are not in the page's HTML, to keep it small); until they arrive, and without script, a link
 * leads to the page that lists them.
 */
export function SourceList({ markup, failed, step, sourcesHref, onOpenClaim }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useStepMarks(ref, step, markup);
  const onClick = (event: React.MouseEvent) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-open-claim]');
    if (button) onOpenClaim(button.dataset.openClaim!, button);
  };
  return (
    <section aria-labelledby="sources-heading" aria-busy={markup === null && !failed}>
      {/* The skip link's target takes the focus, so the next Tab goes on from here in every browser. */}
      <h2 id="sources-heading" tabIndex={-1}>Sources</h2>
      {markup === null ? (
        <p className="sources-link">
          {failed ? 'Could not load the sources here: ' : null}
          <a href={sourcesHref}>Every source, with the exact words and where they were published</a>
        </p>
      ) : (
        <div ref={ref} className="sources-frame" onClick={onClick} dangerouslySetInnerHTML={{ __html: markup }} />
      )}
    </section>
  );
}
