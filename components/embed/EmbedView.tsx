'use client';
import { useEffect, useState } from 'react';
import { Legend } from '@/components/dashboard/Legend';
import { SourceCard } from '@/components/dashboard/SourceCard';
import { useSourceCard } from '@/components/dashboard/use-source-card';
import { useViewState } from '@/components/dashboard/use-view-state';
import { useBuildup } from '@/components/data/use-buildup';
import { useMapData } from '@/components/data/use-map-data';
import { MapView } from '@/components/map/MapView';
import { useEffectiveTheme } from '@/components/theme';
import { describeFigure, headlineClaims } from '@/geo/buildup';
import type { BuildupPayload } from '@/geo/buildup-payload';
import { describeMap } from '@/geo/describe-map';
import { themes } from '@/geo/style';
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
  const map = useMapData(buildup);
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
        <MapView
          className="map embed-map"
          theme={themes[themeName]}
          firstPaint={firstPaint}
          hiddenLayers={state.hidden}
          describedBy="embed-map-description"
          figures={map.figures}
          crimeaSince={map.crimeaSince}
          calloutLabels={map.labels}
          onOpenClaim={card.open}
        >
          {children}
          <Legend figures={map.legendFigures} crimeaSince={map.crimeaSince} hidden={state.hidden} />
        </MapView>
        <p id="embed-map-description" className="visually-hidden">{describeMap(buildup)}</p>
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
