'use client';
import { useEffect, useState } from 'react';
import { LazySourceCard } from '@/components/dashboard/LazySourceCard';
import { correctionMark } from '@/geo/correction-mark';
import { kindLabel } from '@/geo/citation';
import { statementCallouts } from '@/geo/statement-callouts';
import { StoryMap } from '@/components/dashboard/StoryMap';
import { useFreshMarkup } from '@/components/dashboard/use-fresh-markup';
import { useSourceCard } from '@/components/dashboard/use-source-card';
import { DateControl } from '@/components/dashboard/DateControl';
import { FootnoteLink, SourcesHref } from '@/components/dashboard/FootnoteLink';
import { useDateStep } from '@/components/dashboard/use-date-step';
import { useViewState } from '@/components/dashboard/use-view-state';
import { useBuildup } from '@/components/data/use-buildup';
import { useTimeline } from '@/components/data/use-timeline';
import { useEffectiveTheme } from '@/components/theme';
import { type ClaimSummary, describeFigure, formatValue } from '@/geo/buildup';
import { SERIES_LABELS } from '@/geo/series';
import { formatDate, quoted, shortened } from '@/geo/format';
import { claimDate } from '@/geo/claim-date';
import { figureScope } from '@/geo/scope-words';
import type { PagePayload } from '@/geo/buildup-payload';
import type { View } from '@/geo/view';
import { withVersion } from '@/geo/pinned-version';
import { formatQuery, type ViewState } from '@/geo/view-state';
import { usePostHeight } from './use-post-height';

interface Props {
  initial: PagePayload;
  initialState: ViewState;
  firstPaint: { view: View; width: number; height: number };
  /** A data version pinned by `?v=N` (shown as it was published, never refreshed); null: the latest. */
  pinned: { version: number; label: string } | null;
  /** Why the latest data is shown although the address asked for a version. */
  notice: string | null;
  /**
   * What the address asked for and the page ignores (AddressNoticeNote, rendered on the server); shown until the
   * viewer changes anything.
   */
  addressNotice?: React.ReactNode;
  children: React.ReactNode;
}

/**
 * "; quoted from RFE/RL" after the claim's date, unless the name just given is the outlet itself ("NATO, quoted from
 * NATO"). After the date, not before it: "via RFE/RL, reported 3 December 2021" read as RFE/RL's date, for words AP
 * reported that day and RFE/RL wrote before the 7 December videoconference (the source card says how each is known).
 */
const quotedFrom = (c: ClaimSummary, named: string = c.claimant) => (named === c.source.outlet ? '' : `; quoted from ${c.source.outlet}`);

export function EmbedView({ initial, initialState, firstPaint, pinned, notice, addressNotice = null, children }: Props) {
  const version = pinned?.version ?? null;
  const { buildup, whole } = useBuildup(initial, { pinned: version });
  const fresh = useFreshMarkup(initial.version, buildup.version, { chart: false });
  const [state, update] = useViewState(initialState, version);
  const timeline = useTimeline(buildup, state.date);
  const date = useDateStep(timeline, state, update, version);
  usePostHeight();
  const themeName = useEffectiveTheme(state.theme);
  const card = useSourceCard((whole ?? buildup).claims, state, update);
  // The full dashboard at the same view and choices (read after hydration: the hash never reaches the server).
  const [hash, setHash] = useState('');
  const fullMap = `/${formatQuery({ ...state, source: null })}${hash}`;
  useEffect(() => {
    const follow = () => setHash(window.location.hash);
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const day = timeline.steps[timeline.step];
  const statements = statementCallouts(buildup.claims).filter((c) => c.saidOn <= day);
  const numbered = new Set([...timeline.shown.map(({ claim }) => claim.id), ...statements.map((c) => c.id)]);
  const saidThatDay = buildup.claims.filter((c) => c.saidOn === day && c.value === null && !numbered.has(c.id));

  return (
    <div className="embed" data-theme={state.theme ?? undefined}>
      {notice ? <p className="embed-notice" role="note">{notice}</p> : null}
      <main className="embed-main">
        <h1 className="visually-hidden">{buildup.story.title}</h1>
        <DateControl steps={timeline.steps} step={timeline.step} claims={buildup.claims} onChange={date.go} hrefFor={date.hrefFor} compact held={card.claim !== null || card.missing !== null} />
        {state === initialState ? addressNotice : null}
        <StoryMap className="map embed-map" buildup={buildup} figures={whole?.figures ?? null} state={state} timeline={timeline} theme={themeName} firstPaint={firstPaint} freshMap={fresh.map} onOpenClaim={card.open} descriptionId="embed-map-description">
          {children}
        </StoryMap>
      </main>
      {/* Without script a number is a link to the page of every source at the embed's date, not at the latest, and
          of a pinned embed's data version (a later correction would show other figures there). */}
      <SourcesHref value={`/sources${withVersion(formatQuery({ date: state.date, theme: state.theme, hidden: [], source: null }), pinned?.version ?? null)}`}>
      {/* A region of its own, named: as the page's footer (contentinfo) it was what a screen reader's reader skips. */}
      <section className="embed-sources" aria-label="Figures and sources">
        <span>{`As of ${formatDate(timeline.steps[timeline.step])}: `}</span>
        {/* Each figure with its scope ("ground only", "in Belarus"): 127,000 and 147,000 side by side are not a change;
            and the day it was said (an earlier figure stays shown until its series gives another). Each number opens
            its source card, as the same number on the map does (a link to /sources without script). */}
        {timeline.shown.map(({ claim: c }) => (
          <span key={c.id} data-claim={c.id}><FootnoteLink claim={c} label={`Source ${c.footnote} for ${describeFigure(c)}`} onOpenClaim={card.open} />{` ${c.qualifier ? `${c.qualifier} ` : ''}${formatValue(c)}${figureScope(c).place} (${[c.kind, figureScope(c).tag, c.series ? SERIES_LABELS[c.series] : c.claimant].filter(Boolean).join(', ')}, ${claimDate(c)}${quotedFrom(c, c.series ? SERIES_LABELS[c.series] : c.claimant)}${correctionMark(c.changes) ? `; ${correctionMark(c.changes)}` : ''}). `}</span>
        ))}
        {/* The map numbers these statements too (Crimea, the eastern flank): every number on it is sourced here, with
            what it says (its kind alone, "statement of fact", said nothing), whole: cut at 90 characters, source 15 read
            "'there would be an…'" and never said what would follow. */}
        {statements.map((c) => (
          <span key={c.id} data-claim={c.id}><FootnoteLink claim={c} label={`Source ${c.footnote}: ${c.claimant}`} onOpenClaim={card.open} />{` ${quoted(shortened(c.quote ?? kindLabel(c.kind).split(' (')[0], 300))} (${c.claimant}, ${claimDate(c)}${quotedFrom(c)}). `}</span>
        ))}
        {/* What was said that day without a number or a place on the map: the invasion, on the timeline's last day. */}
        {saidThatDay.map((c) => (
          <span key={c.id} data-claim={c.id}><FootnoteLink claim={c} label={`Source ${c.footnote}: ${c.claimant}`} onOpenClaim={card.open} />{` ${quoted(shortened(c.quote ?? '', 110))} (${c.claimant}, ${claimDate(c)}${quotedFrom(c)}). `}</span>
        ))}
        {/* The full map shows the latest data: a pinned embed says so rather than let its reader take it for this version. */}
        <a href={fullMap} target="_blank" rel="noopener">{pinned ? 'All sources and the full map, with the latest data' : 'All sources and the full map'}</a>
        {pinned ? <span className="embed-version" data-version={pinned.version}> · {pinned.label}</span> : null}
      </section>
      </SourcesHref>
      <LazySourceCard claim={card.claim} missing={card.missing} onClose={card.close} />
    </div>
  );
}
