'use client';
import { useEffect, useRef, useState } from 'react';
import { describeFigure, isWholeClaim, type ClaimSummary } from '@/geo/buildup';
import { claimChangeText } from '@/geo/change-words';
import { citationHtml, kindLabel } from '@/geo/citation';
import { formatDate, quoted } from '@/geo/format';
import { claimDateLabel } from '@/geo/claim-date';
import { scopeDetail } from '@/geo/scope-words';
import { SERIES_LABELS } from '@/geo/series';
import type { Source } from '@/geo/schema';
import { MissingSource } from './MissingSource';

/** The citation as every list on the page shows it (geo/citation.ts renders it once, as HTML). */
const Citation = ({ source }: { source: Source }) => <span dangerouslySetInnerHTML={{ __html: citationHtml(source) }} />;

/** A tap beside the card (on its backdrop, which is the dialog's own box) closes it: a phone has no Esc key. */
function closeOnBackdrop(event: React.MouseEvent<HTMLDialogElement>) {
  const card = event.currentTarget;
  if (event.target !== card) return;
  const { left, right, top, bottom } = card.getBoundingClientRect();
  if (event.clientX < left || event.clientX > right || event.clientY < top || event.clientY > bottom) card.close();
}

/**
 * The part of this page the reader sees, in the page's own coordinates, when it is a frame in another page (an
 * embed): the host sizes the frame to its content, so the frame's middle, where a modal card stands, was off screen
 * when the reader had scrolled to the sources under the map (the card's top and Close 130 px above the screen).
 * An intersection observer sees the frame's visible part even across origins. Null on a page of its own.
 */
function seenPart(): Promise<{ top: number; height: number } | null> {
  if (window.self === window.top || typeof IntersectionObserver === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(([entry]) => {
      observer.disconnect();
      const { top, height } = entry.intersectionRect;
      resolve(height > 0 && height < window.innerHeight - 1 ? { top, height } : null);
    });
    observer.observe(document.documentElement);
  });
}

/** How long the exact words may take before the card says they have not come (a slow phone's answer took 6 s). */
const WORDS_LATE_MS = 10_000;

/**
 * The exact words' place while they are on their way (the page holds the claims summarised until /api/buildup answers,
 * and asks again until it does): after a while it says so, with the sources page, which has them in its HTML. It said
 * "Loading" for as long as the connection was down.
 */
function WordsOnTheirWay({ claimId }: { claimId: string }) {
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setLate(true), WORDS_LATE_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <p className="loading-words" role="status">
      {late
        ? <>The exact words have not come: check the connection (they appear here once they do), or read them on <a href={`/sources#source-${claimId}`} target="_blank">the sources page</a>.</>
        : 'Loading the exact words and the source…'}
    </p>
  );
}

/** The card within the part seen (a margin of 8 px), or where the browser puts a modal dialog. */
function placeIn(dialog: HTMLDialogElement, seen: { top: number; height: number } | null) {
  dialog.style.marginTop = seen ? `${Math.round(seen.top + 8)}px` : '';
  dialog.style.maxHeight = seen ? `${Math.round(seen.height - 16)}px` : '';
}

/**
 * A modal card with the claim's exact words and where they were published; Esc closes it and focus returns. Opened
 * on a claim the page holds only summarised, it says what it knows and that the words are on their way.
 */
export function SourceCard({ claim, missing = null, onClose }: { claim: ClaimSummary | null; missing?: string | null; onClose: () => void }) {
  const whole = claim && isWholeClaim(claim) ? claim : null;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const shown = claim !== null || missing !== null;
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    let stale = false;
    if (shown && !dialog.open) {
      void seenPart().then((seen) => {
        if (stale || dialog.open) return;
        placeIn(dialog, seen);
        dialog.showModal();
        dialog.querySelector<HTMLButtonElement>('button.close')?.focus();
      });
    }
    if (!shown && dialog.open) dialog.close();
    return () => {
      stale = true;
    };
  }, [shown]);
  return (
    <dialog ref={dialogRef} className="source-card" aria-labelledby="source-card-title" onClose={onClose} onCancel={onClose} onClick={closeOnBackdrop}>
      {claim ? (
        <article data-claim={claim.id}>
          {/* Close first and kept in sight: on a phone a long card put it a screen or more below where it opened. */}
          <form method="dialog" className="source-card-top">
            <p className="source-card-number">Source {claim.footnote}</p>
            <button type="submit" className="close">Close</button>
          </form>
          <h2 id="source-card-title">{claim.value !== null ? describeFigure(claim) : `A ${kindLabel(claim.kind).split(' (')[0]}`}</h2>
          {claim.changes?.map((change) => (
            <p key={`${change.change}-${change.date}-${change.note}`} className={`claim-change claim-change--${change.change}`}>{claimChangeText(change)}</p>
          ))}
          {whole ? <blockquote className="quote">{quoted(whole.quote)}</blockquote> : <WordsOnTheirWay claimId={claim.id} />}
          <dl>
            <dt>Who says it</dt><dd>{claim.claimant}{claim.series ? ` (series: ${SERIES_LABELS[claim.series]})` : ''}</dd>
            <dt>Kind</dt><dd>{kindLabel(claim.kind)}</dd>
            <dt>{claimDateLabel(claim)}</dt><dd>{formatDate(claim.saidOn)}{whole?.saidOnNote ? ` (${whole.saidOnNote})` : ''}</dd>
            {whole ? <><dt>Where</dt><dd>{whole.where.description}</dd></> : null}
            {claim.scope ? <><dt>Covers</dt><dd>{scopeDetail(claim.scope)}</dd></> : null}
            {whole ? <><dt>Source</dt><dd><Citation source={whole.source} /></dd></> : null}
          </dl>
          {whole?.readings?.length ? (
            <section className="readings" aria-label="The same statement read elsewhere">
              <h3>Also read at</h3>
              <ul>
                {whole.readings.map((reading) => (
                  <li key={reading.source.url}>{quoted(reading.quote)} <Citation source={reading.source} /></li>
                ))}
              </ul>
            </section>
          ) : null}
          {whole?.note ? <p className="note">{whole.note}</p> : null}
        </article>
      ) : missing !== null ? <MissingSource id={missing} /> : null}
    </dialog>
  );
}
