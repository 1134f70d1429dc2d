'use client';
import { useEffect, useState } from 'react';
import { SourceCard } from '@/components/dashboard/SourceCard';
import { StoryMap } from '@/components/dashboard/StoryMap';
import { useSourceCard } from '@/components/dashboard/use-source-card';
import { useViewState } from '@/components/dashboard/use-view-state';
import { useBuildup } from '@/components/data/use-buildup';
import { useEffectiveTheme } from '@/components/theme';
import { describeFigure, headlineClaims } from '@/geo/buildup';
import type { BuildupPayload } from '@/geo/buildup-payload';
import type { View } from '@/geo/view';
import type { ViewState } from '@/geo/view-state';

interface Props {
  initial: BuildupPayload;
  initialState: ViewState;
  firstPaint: { view: View; width: number; height: number };
  children: React.ReactNode;
}

export function EmbedView({ initial, initialState, firstPaint, children }: Props) {
  const { buildup } = useBuildup(initial);
  const [state, update] = useViewState(initialState);
  const themeName = useEffectiveTheme(state.theme);
  const card = useSourceCard(buildup.claims, state, update);
  // The full dashboard at the same view and choices (read after hydration: the hash never reaches the server).
  const [fullMap, setFullMap] = useState('/');
  useEffect(() => {
    const follow = () => setFullMap(`/${window.location.search}${window.location.hash}`);
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  return (
    <div className="embed" data-theme={state.theme ?? undefined}>
      <main className="embed-main">
        <h1 className="visually-hidden">{buildup.story.title}</h1>
        <StoryMap className="map embed-map" buildup={buildup} state={state} theme={themeName} firstPaint={firstPaint} onOpenClaim={card.open} descriptionId="embed-map-description">
          {children}
        </StoryMap>
      </main>
      <footer className="embed-sources">
        {headlineClaims(buildup).map((c) => (
          <span key={c.id}>[{c.footnote}] {describeFigure(c)} ({c.kind}): {c.claimant}, via {c.source.outlet}. </span>
        ))}
        <a href={fullMap} target="_blank" rel="noopener">All sources and the full map</a>
      </footer>
      <SourceCard claim={card.claim} onClose={card.close} />
    </div>
  );
}
