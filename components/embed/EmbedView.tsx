'use client';
import { useEffect, useState } from 'react';
import { SourceCard } from '@/components/dashboard/SourceCard';
import { StoryMap } from '@/components/dashboard/StoryMap';
import { useSourceCard } from '@/components/dashboard/use-source-card';
import { DateControl } from '@/components/dashboard/DateControl';
import { useDateStep } from '@/components/dashboard/use-date-step';
import { useViewState } from '@/components/dashboard/use-view-state';
import { useBuildup } from '@/components/data/use-buildup';
import { useTimeline } from '@/components/data/use-timeline';
import { useEffectiveTheme } from '@/components/theme';
import { formatValue } from '@/geo/buildup';
import { SERIES_LABELS } from '@/geo/series';
import { formatDate } from '@/geo/format';
import type { BuildupPayload } from '@/geo/buildup-payload';
import type { View } from '@/geo/view';
import { formatQuery, type ViewState } from '@/geo/view-state';

interface Props {
  initial: BuildupPayload;
  initialState: ViewState;
  firstPaint: { view: View; width: number; height: number };
  children: React.ReactNode;
}

export function EmbedView({ initial, initialState, firstPaint, children }: Props) {
  const { buildup } = useBuildup(initial);
  const [state, update] = useViewState(initialState);
  const timeline = useTimeline(buildup, state.date);
  const date = useDateStep(timeline, state, update);
  const themeName = useEffectiveTheme(state.theme);
  const card = useSourceCard(buildup.claims, state, update);
  // The full dashboard at the same view and choices (read after hydration: the hash never reaches the server).
  const [hash, setHash] = useState('');
  const fullMap = `/${formatQuery({ ...state, source: null })}${hash}`;
  useEffect(() => {
    const follow = () => setHash(window.location.hash);
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  return (
    <div className="embed" data-theme={state.theme ?? undefined}>
      <main className="embed-main">
        <h1 className="visually-hidden">{buildup.story.title}</h1>
        <DateControl steps={timeline.steps} step={timeline.step} claims={buildup.claims} onChange={date.go} hrefFor={date.hrefFor} compact />
        <StoryMap className="map embed-map" buildup={buildup} state={state} timeline={timeline} theme={themeName} firstPaint={firstPaint} onOpenClaim={card.open} descriptionId="embed-map-description">
          {children}
        </StoryMap>
      </main>
      <footer className="embed-sources">
        <span>As of {formatDate(timeline.steps[timeline.step])}: </span>
        {timeline.shown.map(({ claim: c }) => (
          <span key={c.id} data-claim={c.id}>[{c.footnote}] {c.qualifier ? `${c.qualifier} ` : ''}{formatValue(c)} ({c.kind}, {c.series ? SERIES_LABELS[c.series] : c.claimant}, via {c.source.outlet}). </span>
        ))}
        <a href={fullMap} target="_blank" rel="noopener">All sources and the full map</a>
      </footer>
      <SourceCard claim={card.claim} onClose={card.close} />
    </div>
  );
}
