'use client';
import { useEffect, useRef } from 'react';
import { describeFigure, type NumberedClaim } from '@/geo/buildup';
import { claimChangeText } from '@/geo/change-words';
import { kindLabel } from '@/geo/citation';
import { formatDate } from '@/geo/format';
import { scopeDetail } from '@/geo/scope-words';
import { SERIES_LABELS } from '@/geo/series';
import { Citation } from './Citation';

/** A modal card with the claim's exact words and where they were published; Esc closes it and focus returns. */
export function SourceCard({ claim, onClose }: { claim: NumberedClaim | null; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (claim && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLButtonElement>('button.close')?.focus();
    }
    if (!claim && dialog.open) dialog.close();
  }, [claim]);
  return (
    <dialog ref={dialogRef} className="source-card" aria-labelledby="source-card-title" onClose={onClose} onCancel={onClose}>
      {claim ? (
        <article data-claim={claim.id}>
          <p className="source-card-number">Source {claim.footnote}</p>
          <h2 id="source-card-title">{claim.value !== null ? describeFigure(claim) : `A ${kindLabel(claim.kind).split(' (')[0]}`}</h2>
          {claim.changes?.map((change) => (
            <p key={`${change.change}-${change.date}-${change.note}`} className={`claim-change claim-change--${change.change}`}>{claimChangeText(change)}</p>
          ))}
          <blockquote className="quote">“{claim.quote}”</blockquote>
          <dl>
            <dt>Who says it</dt><dd>{claim.claimant}{claim.series ? ` (series: ${SERIES_LABELS[claim.series]})` : ''}</dd>
            <dt>Kind</dt><dd>{kindLabel(claim.kind)}</dd>
            <dt>Said on</dt><dd>{formatDate(claim.saidOn)}{claim.saidOnNote ? ` (${claim.saidOnNote})` : ''}</dd>
            <dt>Where</dt><dd>{claim.where.description}</dd>
            {claim.scope ? <><dt>Covers</dt><dd>{scopeDetail(claim.scope)}</dd></> : null}
            <dt>Source</dt><dd><Citation source={claim.source} /></dd>
          </dl>
          {claim.readings?.length ? (
            <section className="readings" aria-label="The same statement read elsewhere">
              <h3>Also read at</h3>
              <ul>
                {claim.readings.map((reading) => (
                  <li key={reading.source.url}>“{reading.quote}” <Citation source={reading.source} /></li>
                ))}
              </ul>
            </section>
          ) : null}
          {claim.note ? <p className="note">{claim.note}</p> : null}
          <form method="dialog">
            <button type="submit" className="close">Close</button>
          </form>
        </article>
      ) : null}
    </dialog>
  );
}
