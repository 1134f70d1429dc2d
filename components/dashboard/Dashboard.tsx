'use client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useBuildup } from '@/components/data/use-buildup';
import { LazyExportDialog } from '@/components/export/LazyExportDialog';
import { MapView } from '@/components/map/MapView';
import { useEffectiveTheme } from '@/components/theme';
import { calloutLabels } from '@/geo/buildup';
import type { BuildupPayload } from '@/geo/buildup-payload';
import { describeMap } from '@/geo/describe-map';
import type { Metrics } from '@/geo/load-geo';
import type { ReferenceFacts } from '@/geo/schema';
import { themes } from '@/geo/style';
import type { DashboardQuery } from '@/geo/url-state';
import { parseViewHash, type View } from '@/geo/view';
import { FigurePanel } from './FigurePanel';
import { LayerToggles } from './LayerToggles';
import { Legend } from './Legend';
import { ShareActions } from './ShareActions';
import { SourceCard } from './SourceCard';
import { useDashboardQuery } from './use-dashboard-query';
import { useSourceCard } from './use-source-card';

interface Props {
  initial: BuildupPayload;
  metrics: Metrics;
  referenceFacts: ReferenceFacts;
  initialQuery: DashboardQuery;
  firstPaint: { view: View; width: number; height: number };
  /** The server-drawn SVG map, shown until (and instead of, without WebGL) the live map. */
  children: React.ReactNode;
}

export function Dashboard({ initial, metrics, referenceFacts, initialQuery, firstPaint, children }: Props) {
  const { buildup, refreshFailed } = useBuildup(initial);
  const [query, updateQuery] = useDashboardQuery(initialQuery);
  const themeName = useEffectiveTheme(query.theme);
  const theme = themes[themeName];
  const card = useSourceCard(buildup.claims, query, updateQuery);
  const labels = useMemo(() => calloutLabels(buildup.claims), [buildup.claims]);
  const [exportView, setExportView] = useState<View | null>(null);
  const [sheetOpen, setSheetOpen] = useState(false);

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
    <div className="dashboard" data-theme={themeName}>
      <header className="site-header">
        <div>
          <h1>{buildup.story.title}</h1>
          <p className="subtitle">{buildup.story.subtitle}</p>
        </div>
        <div className="header-actions">
          <button type="button" className="header-button" onClick={openExport} aria-keyshortcuts="E">Export image</button>
          <ShareActions title={buildup.story.title} />
          <button type="button" className="header-button" onClick={() => updateQuery({ theme: themeName === 'dark' ? 'light' : 'dark' })}>
            {themeName === 'dark' ? 'Light theme' : 'Dark theme'}
          </button>
        </div>
      </header>
      <main className="dashboard-main">
        <MapView
          className="map"
          theme={theme}
          firstPaint={firstPaint}
          hiddenLayers={query.hidden}
          describedBy="map-description"
          figures={buildup.figures}
          calloutLabels={labels}
          onOpenClaim={card.open}
        >
          {children}
          <Legend theme={theme} />
        </MapView>
        <p id="map-description" className="visually-hidden">{describeMap(buildup)}</p>
        <div className={`panel-sheet${sheetOpen ? ' panel-sheet--open' : ''}`}>
          <button type="button" className="sheet-handle" aria-expanded={sheetOpen} onClick={() => setSheetOpen((o) => !o)}>
            {sheetOpen ? 'Show more map' : 'Show figures and sources'}
          </button>
          <FigurePanel
            buildup={buildup}
            metrics={metrics}
            referenceFacts={referenceFacts}
            refreshFailed={refreshFailed}
            onOpenClaim={card.open}
          >
            <LayerToggles hidden={query.hidden} onChange={(hidden) => updateQuery({ hidden })} />
          </FigurePanel>
        </div>
      </main>
      <SourceCard claim={card.claim} onClose={card.close} />
      <LazyExportDialog
        open={exportView !== null}
        onClose={() => setExportView(null)}
        target={{ view: exportView ?? parseViewHash('') }}
        storyTitle={buildup.story.title}
        theme={themeName}
      />
    </div>
  );
}
