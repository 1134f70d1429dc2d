'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ExportDialog } from '@/components/export/ExportDialog';
import { useBuildup } from '@/components/data/use-buildup';
import { MapView } from '@/components/map/MapView';
import { useThemeName } from '@/components/theme';
import { describeFigure } from '@/geo/buildup';
import type { BuildupPayload } from '@/geo/buildup-payload';
import type { Metrics } from '@/geo/load-geo';
import type { ReferenceFacts } from '@/geo/schema';
import { themes, type ThemeName } from '@/geo/style';
import { parseViewHash, type View } from '@/geo/view';
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
  const [exportView, setExportView] = useState<View | null>(null);
  const openExport = useCallback(() => setExportView(parseViewHash(window.location.hash)), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = (event.target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable]');
      if (event.key.toLowerCase() !== 'e' || event.metaKey || event.ctrlKey || event.altKey || typing) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      openExport();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openExport]);

  return (
    <div className="dashboard">
      <header className="site-header">
        <div>
          <h1>{buildup.story.title}</h1>
          <p className="subtitle">{buildup.story.subtitle}</p>
        </div>
        <div className="header-actions">
          <button type="button" className="header-button" onClick={openExport} aria-keyshortcuts="E">
            Export image
          </button>
          <button type="button" className="header-button" onClick={() => setTheme(themeName === 'dark' ? 'light' : 'dark')}>
            {themeName === 'dark' ? 'Light theme' : 'Dark theme'}
          </button>
        </div>
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
      <ExportDialog
        open={exportView !== null}
        onClose={() => setExportView(null)}
        target={{ view: exportView ?? parseViewHash('') }}
        storyTitle={buildup.story.title}
        theme={themeName}
      />
    </div>
  );
}
