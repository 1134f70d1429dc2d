'use client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { TimeChart } from '@/components/chart/TimeChart';
import { useBuildup } from '@/components/data/use-buildup';
import { useTimeline } from '@/components/data/use-timeline';
import { LazyExportDialog } from '@/components/export/LazyExportDialog';
import { useEffectiveTheme } from '@/components/theme';
import type { PagePayload } from '@/geo/buildup-payload';
import { parseViewHash, type View } from '@/geo/view';
import { shownDay } from '@/geo/timeline';
import { formatQuery, type ViewState } from '@/geo/view-state';
import { DateControl } from './DateControl';
import { FigurePanel } from './FigurePanel';
import { LayerToggles } from './LayerToggles';
import { SheetHandle } from './SheetHandle';
import { SiteHeader } from './SiteHeader';
import { LazySourceCard } from './LazySourceCard';
import { StoryMap } from './StoryMap';
import { useClaimListsMarkup, useFreshMarkup } from './use-fresh-markup';
import { useSheet } from './use-sheet';
import { useSourceCard } from './use-source-card';
import { useDateStep } from './use-date-step';
import { useViewState } from './use-view-state';

/**
 * What the viewer sees on the map: the address's view in the live map's box, or, before the live map has written
 * one, the server-drawn map's view in the size it was drawn at (it is scaled to fit the box).
 */
function seenView(firstPaint: Props['firstPaint']): { view: View; frame: { width: number; height: number } } {
  const hash = window.location.hash;
  // The live map's box, narrower than the map's area where that is very wide (app/globals.css).
  const box = document.querySelector<HTMLElement>('.dashboard .map-canvas');
  if (!hash || !box) return { view: firstPaint.view, frame: { width: firstPaint.width, height: firstPaint.height } };
  return { view: parseViewHash(hash), frame: { width: box.clientWidth, height: box.clientHeight } };
}

interface Props {
  initial: PagePayload;
  /** The slot of the server-rendered "Measured on this map" (geo/render/measured-markup.ts). */
  measuredSlot: string;
  initialState: ViewState;
  /**
   * What the address asked for and the page ignores (AddressNoticeNote, rendered on the server); shown until the
   * viewer changes anything.
   */
  notice?: React.ReactNode;
  firstPaint: { view: View; width: number; height: number };
  /** The server-drawn SVG map, shown until (and instead of, without WebGL) the live map. */
  children: React.ReactNode;
  /** The slot of the server-drawn chart (components/markup/markup-slot.ts). */
  chartSlot: string;
}

export function Dashboard({ initial, measuredSlot, initialState, notice = null, firstPaint, children, chartSlot }: Props) {
  const { buildup, whole, refreshFailed } = useBuildup(initial);
  const fresh = useFreshMarkup(initial.version, buildup.version, { chart: true });
  const freshChart = fresh.chart;
  const { lists, failed: listsFailed } = useClaimListsMarkup(buildup.version);
  const [state, update] = useViewState(initialState, null, { cardInHistory: true });
  const timeline = useTimeline(buildup, state.date);
  const date = useDateStep(timeline, state, update);
  const themeName = useEffectiveTheme(state.theme);
  const card = useSourceCard((whole ?? buildup).claims, state, update);
  /** The view the export dialog was opened at, and the size of the map it was seen in. */
  const [exportView, setExportView] = useState<{ view: View; frame: { width: number; height: number } } | null>(null);
  const sheet = useSheet();

  const openExport = useCallback(() => setExportView(seenView(firstPaint)), [firstPaint]);
  const setHidden = useCallback((hidden: ViewState['hidden']) => update({ hidden }), [update]);
  // The panel's inputs keep their identity unless what they show changes (the whole payload's arrival changes none).
  const { date: stateDate, theme: stateTheme, hidden } = state;
  const listsMarkup = useMemo(() => ({
    sources: lists?.sources ?? null, table: lists?.table ?? null, failed: listsFailed,
    href: `/sources${formatQuery({ date: stateDate, theme: stateTheme, hidden: [], source: null })}`,
  }), [lists, listsFailed, stateDate, stateTheme]);
  const chart = useMemo(() => (
    <TimeChart slot={chartSlot} fresh={freshChart} step={timeline.step} date={timeline.steps[timeline.step]} known={timeline.known} onOpenClaim={card.open} />
  ), [chartSlot, freshChart, timeline, card.open]);
  const toggles = useMemo(() => <LayerToggles hidden={hidden} onChange={setHidden} />, [hidden, setHidden]);
  const toggleTheme = useCallback(() => update({ theme: themeName === 'dark' ? 'light' : 'dark' }), [update, themeName]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // The key first: every key pressed anywhere comes here (the date slider's arrows among them).
      if (event.key.toLowerCase() !== 'e' || event.metaKey || event.ctrlKey || event.altKey) return;
      if ((event.target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable]')) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      openExport();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openExport]);

  return (
    <div className="dashboard" data-theme={state.theme ?? undefined}>
      <SiteHeader story={buildup.story} dataVersion={buildup.dataVersion} themeName={themeName} onExport={openExport} onToggleTheme={toggleTheme} />
      <main className="dashboard-main">
        <div className="map-column">
          <DateControl steps={timeline.steps} step={timeline.step} claims={buildup.claims} onChange={date.go} hrefFor={date.hrefFor} held={card.claim !== null || card.missing !== null || exportView !== null} />
          {state === initialState ? notice : null}
          <StoryMap className="map" buildup={buildup} figures={whole?.figures ?? null} state={state} timeline={timeline} theme={themeName} firstPaint={firstPaint} freshMap={fresh.map} onOpenClaim={card.open} descriptionId="map-description">
            {children}
          </StoryMap>
        </div>
        <div className={`panel-sheet${sheet.open ? ' panel-sheet--open' : ''}`} onKeyDown={(event) => {
          if (event.key !== 'Escape' || !sheet.open) return;
          sheet.lower();
          event.currentTarget.querySelector<HTMLElement>('.sheet-handle')?.focus();
        }}>
          <SheetHandle open={sheet.open} onToggle={sheet.toggle} />
          <FigurePanel buildup={buildup} lists={listsMarkup} timeline={timeline} measuredSlot={measuredSlot} refreshFailed={refreshFailed} onOpenClaim={card.open} chart={chart}>
            {toggles}
          </FigurePanel>
        </div>
      </main>
      <LazySourceCard claim={card.claim} missing={card.missing} onClose={card.close} />
      <LazyExportDialog
        open={exportView !== null}
        onClose={() => setExportView(null)}
        target={{ ...(exportView ?? { view: parseViewHash(''), frame: null }), date: shownDay(timeline.steps, state.date) }}
        hidden={state.hidden}
        storyTitle={buildup.story.title}
        theme={themeName}
        dataVersion={buildup.dataVersion}
        asOf={buildup.asOf}
      />
    </div>
  );
}
