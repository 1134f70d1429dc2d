'use client';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useBuildup } from '@/components/data/use-buildup';
import { MapView } from '@/components/map/MapView';
import { useThemeName } from '@/components/theme';
import { describeFigure } from '@/geo/buildup';
import type { BuildupPayload } from '@/geo/buildup-payload';
import type { Metrics } from '@/geo/load-geo';
import type { ReferenceFacts } from '@/geo/schema';
import { themes, type ThemeName } from '@/geo/style';
import { FigurePanel } from './FigurePanel';
import { Legend } from './Legend';
import { SourceCard } from './SourceCard';

interface Props {
  initial: BuildupPayload;
  metrics: Metrics;
  referenceFacts: ReferenceFacts;
  requestedTheme: ThemeName | null;
}

export function Dashboard({ initial, metrics, referenceFacts, requestedTheme }: Props) {
  const { buildup, refreshFailed } = useBuildup(initial);
  const [themeName, setTheme] = useThemeName(requestedTheme);
  const theme = themes[themeName];
  const [openClaim, setOpenClaim] = useState<string | null>(null);
  const openerRef = useRef<HTMLElement | null>(null);

  const calloutLabels = useMemo(
    () => Object.fromEntries(buildup.claims.map((c) => [c.id, `Source ${c.footnote}: ${describeFigure(c)}, ${c.claimant}`])),
    [buildup.claims],
  );
  const open = useCallback((id: string, opener: HTMLElement) => {
    openerRef.current = opener;
    setOpenClaim(id);
  }, []);
  const close = useCallback(() => {
    setOpenClaim(null);
    openerRef.current?.focus();
  }, []);
  const claim = buildup.claims.find((c) => c.id === openClaim) ?? null;

  return (
    <div className="dashboard">
      <header className="site-header">
        <div>
          <h1>{buildup.story.title}</h1>
          <p className="subtitle">{buildup.story.subtitle}</p>
        </div>
        <button type="button" className="theme-toggle" onClick={() => setTheme(themeName === 'dark' ? 'light' : 'dark')}>
          {themeName === 'dark' ? 'Light theme' : 'Dark theme'}
        </button>
      </header>
      <main className="dashboard-main">
        <MapView className="map" theme={theme} figures={buildup.figures} calloutLabels={calloutLabels} onOpenClaim={open}>
          <Legend theme={theme} />
        </MapView>
        <FigurePanel
          buildup={buildup}
          metrics={metrics}
          referenceFacts={referenceFacts}
          refreshFailed={refreshFailed}
          onOpenClaim={open}
        />
      </main>
      <SourceCard claim={claim} onClose={close} />
    </div>
  );
}
