'use client';
import { useEffect, useMemo, useState } from 'react';
import { SourceCard } from '@/components/dashboard/SourceCard';
import { Legend } from '@/components/dashboard/Legend';
import { useDashboardQuery } from '@/components/dashboard/use-dashboard-query';
import { useSourceCard } from '@/components/dashboard/use-source-card';
import { useBuildup } from '@/components/data/use-buildup';
import { MapView } from '@/components/map/MapView';
import { useEffectiveTheme } from '@/components/theme';
import { calloutLabels, claimById, describeFigure } from '@/geo/buildup';
import type { BuildupPayload } from '@/geo/buildup-payload';
import { describeMap } from '@/geo/describe-map';
import { themes } from '@/geo/style';
import type { DashboardQuery } from '@/geo/url-state';
import type { View } from '@/geo/view';

interface Props {
  initial: BuildupPayload;
  initialQuery: DashboardQuery;
  firstPaint: { view: View; width: number; height: number };
  children: React.ReactNode;
}

export function EmbedView({ initial, initialQuery, firstPaint, children }: Props) {
  const { buildup } = useBuildup(initial);
  const [query, updateQuery] = useDashboardQuery(initialQuery);
  const themeName = useEffectiveTheme(query.theme);
  const card = useSourceCard(buildup.claims, query, updateQuery);
  const labels = useMemo(() => calloutLabels(buildup.claims), [buildup.claims]);
  const headline = buildup.headline.map((id) => claimById(buildup, id)).filter((c) => c !== undefined);
  // The full dashboard at the same view and choices (read after hydration: the hash never reaches the server).
  const [fullMap, setFullMap] = useState('/');
  useEffect(() => {
    const update = () => setFullMap(`/${window.location.search}${window.location.hash}`);
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);

  return (
    <div className="embed" data-theme={themeName}>
      <h1 className="visually-hidden">{buildup.story.title}</h1>
      <MapView
        className="map embed-map"
        theme={themes[themeName]}
        firstPaint={firstPaint}
        hiddenLayers={query.hidden}
        describedBy="embed-map-description"
        figures={buildup.figures}
        calloutLabels={labels}
        onOpenClaim={card.open}
      >
        {children}
        <Legend theme={themes[themeName]} />
      </MapView>
      <p id="embed-map-description" className="visually-hidden">{describeMap(buildup)}</p>
      <footer className="embed-sources">
        {headline.map((c) => (
          <span key={c.id}>[{c.footnote}] {describeFigure(c)} ({c.kind}): {c.claimant}, via {c.source.publisher}. </span>
        ))}
        <a href={fullMap} target="_blank" rel="noopener">All sources and the full map</a>
      </footer>
      <SourceCard claim={card.claim} onClose={card.close} />
    </div>
  );
}
