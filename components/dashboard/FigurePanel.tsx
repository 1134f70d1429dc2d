'use client';
import { memo } from 'react';
import type { Timeline } from '@/components/data/use-timeline';
import { ServerMarkup } from '@/components/markup/ServerMarkup';
import { claimById, describeFigure, formatValue } from '@/geo/buildup';
import type { PagePayload } from '@/geo/buildup-payload';
import { formatDate } from '@/geo/format';
import { correctionMark } from '@/geo/correction-mark';
import { claimDate } from '@/geo/claim-date';
import { scopeLabel } from '@/geo/scope-words';
import { SERIES_LABELS } from '@/geo/series';
import { ClaimsTable } from './ClaimsTable';
import { EstimateSpread } from './EstimateSpread';
import { FootnoteLink, SourcesHref } from './FootnoteLink';
import { SourceList } from './SourceList';

/** The lists of claims the server rendered (use-fresh-markup.ts): null until they arrive. */
export interface ClaimListsMarkup {
  sources: string | null;
  table: string | null;
  failed: boolean;
  /** The page of every source at this date (for a page without script, and until the lists arrive). */
  href: string;
}

interface Props {
  buildup: PagePayload;
  lists: ClaimListsMarkup;
  timeline: Timeline;
  /** The slot of the server-rendered "Measured on this map" (geo/render/measured-markup.ts). */
  measuredSlot: string;
  refreshFailed: boolean;
  onOpenClaim: (id: string, opener: HTMLElement) => void;
  /** The chart of figures over time, right under the figures. */
  chart: React.ReactNode;
  children?: React.ReactNode;
}


/** What was known on the chosen date: each series' latest figure, what was said that day, and every source of it. */
/** Memoised: drawn again only when what it shows changes (a date, the data, the lists arriving). */
export const FigurePanel = memo(function FigurePanel({ buildup, lists, timeline, measuredSlot, refreshFailed, onOpenClaim, chart, children }: Props) {
  const date = timeline.steps[timeline.step];
  const saidThatDay = timeline.known.filter((c) => c.saidOn === date);
  // Only while both figures are among those shown: once the series has a newer figure, the ratio compared the
  // projection with a number no longer on screen ("2.5× the estimate of about 70,000" beside 169,000–190,000).
  const shownIds = new Set(timeline.shown.map(({ claim }) => claim.id));
  const comparisons = buildup.comparisons.filter((c) => shownIds.has(c.of) && shownIds.has(c.to));
  return (
    <SourcesHref value={lists.href}>
      <aside className="panel" aria-label="Figures and sources">
        {refreshFailed ? (
          <p className="refresh-note" role="status">Could not refresh the figures; showing the last ones received.</p>
        ) : null}
        <section aria-labelledby="figures-heading">
          <h2 id="figures-heading">{`The figures as of ${formatDate(date)}`}</h2>
          <p className="fine-print">Each series&rsquo; latest figure said by then; figures of different series and scope are not added or compared.</p>
          <ul className="headline-figures">
            {/* Keyed by place, not claim: a new date rewrites the words of the items it keeps instead of building new ones
                (each step replaced two or three whole items, about 30 text nodes to style and lay out). */}
            {timeline.shown.map(({ claim, role }, place) => (
              <li key={place} className={`figure figure--${claim.kind}`} data-claim={claim.id} data-series={claim.series ?? undefined}>
                <span className="figure-series">{`${claim.series ? SERIES_LABELS[claim.series] : claim.claimant}${claim.where.geometry === 'belarus' ? ', in Belarus' : ''}${role === 'plan' ? ', a projection' : ''}`}</span>
                <span className="figure-value">
                  {claim.qualifier ? <span className="figure-qualifier">{`${claim.qualifier} `}</span> : null}
                  {formatValue(claim)}
                </span>
                <span className="figure-unit">{`${claim.unit}, ${claim.kind}${scopeLabel(claim.scope) ? `; ${scopeLabel(claim.scope)}` : ''}`}</span>
                <span className="figure-claimant">
                  {`${claim.claimant}, ${claimDate(claim)} `}<FootnoteLink claim={claim} label={`Source ${claim.footnote} for ${describeFigure(claim)}`} onOpenClaim={onOpenClaim} />
                </span>
                {correctionMark(claim.changes) ? <span className="figure-corrected claim-change claim-change--correction">{correctionMark(claim.changes)}</span> : null}
              </li>
            ))}
          </ul>
          {comparisons.map((c) => {
            const of = claimById(buildup, c.of)!;
            const to = claimById(buildup, c.to)!;
            return (
              <p key={`${c.of}-${c.to}`} className="comparison">
                {`Within one series (${of.series ? SERIES_LABELS[of.series] : of.claimant}): the ${of.kind} of ${formatValue(of)} (${claimDate(of)}) is `}
                <strong>{c.label}</strong>{` the ${to.kind} of ${to.qualifier ? `${to.qualifier} ` : ''}${formatValue(to)} (${claimDate(to)}).`}
              </p>
            );
          })}
          {saidThatDay.length > 0 ? (
            <div className="said-that-day">
              {/* Said that day, or (a claim dated by its report) reported: public that day either way. */}
              <h3>{`Made public on ${formatDate(date)}`}</h3>
              <ul>
                {saidThatDay.map((claim, place) => (
                  <li key={place} data-claim={claim.id}>
                    {claim.value !== null ? <strong>{describeFigure(claim)}</strong> : <q>{claim.quote}</q>}{/* "(status)" said nothing to a reader (geo/citation.ts says every kind in full). */}
                    {` (${claim.kind === 'status' ? 'statement of fact' : claim.kind}): ${claim.claimant} `}
                    <FootnoteLink claim={claim} label={`Source ${claim.footnote} for ${describeFigure(claim)}`} onOpenClaim={onOpenClaim} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <p className="as-of">{`As of ${formatDate(date)}: ${timeline.known.length} of ${buildup.claims.length} claims said by then`}</p>
        </section>
        {/*
          No Suspense boundaries here: React streams a large boundary's content after the page with a script that
          moves it into place, which a page without JavaScript never runs (the chart vanished from the no-JS page).
        */}
        {chart}
        {children}
        <EstimateSpread claims={timeline.known} onOpenClaim={onOpenClaim} />
        <ClaimsTable markup={lists.table} step={timeline.step} />
        <SourceList markup={lists.sources} failed={lists.failed} step={timeline.step} sourcesHref={lists.href} onOpenClaim={onOpenClaim} />
        <ServerMarkup slot={measuredSlot} className="measured-on-map" />
      </aside>
    </SourcesHref>
  );
});
