'use client';
/**
 * The map area: the server-drawn map, and over it the live map once its engine is wanted (useDeferredEngine: at once
 * on wide windows, on the first touch on phones). The live map's code (LiveMap.tsx) arrives with the engine, not
 * with the page: nothing of it runs before the engine does. This shell keeps what the page shows without it: the
 * map's state for tests and styles, the start button, the Retry, and the date on the server-drawn map.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useHydrated } from '@/components/use-hydrated';
import { applyStep } from '@/components/markup/apply-step';
import { openClaimLink } from '@/components/markup/open-claim-link';
import { ENGINE_EAGER_MIN_WIDTH } from './engine-policy';
import type { LiveMapProps } from './LiveMap';
import { loadEngine } from './load-engine';
import { useDeferredEngine } from './use-deferred-engine';
import { useEngine } from './use-engine';
import { useMapStatus } from './use-map-status';

export type { MapState } from './use-map-status';

const liveMapCode = () => import('./LiveMap');
// The live map's code is fetched with the engine and counted as the engine's: its failure (a phone offline) is the
// map's "could not load" with Retry, not an error thrown into the page, which took it down to an error page. It is
// rendered once both are here, as a plain component: not React.lazy in a Suspense boundary, whose first render could
// suspend on the module's promise, and React holds the commit of a boundary's retry until 300 ms after its fallback
// showed. Measured: the map created 230-270 ms late in 2 of 11 loads.
const loadEngineAndMap = () => Promise.all([loadEngine(), liveMapCode()]).then(([engine, code]) => ({ engine, LiveMap: code.default }));

/** What the live map is given as it is (LiveMapProps documents each); the shell's defaults make some optional. */
type MapProps = Pick<LiveMapProps, 'theme' | 'figures' | 'step' | 'crimeaSince' | 'calloutLabels' | 'onOpenClaim' | 'onViewChange'>
  & Partial<Pick<LiveMapProps, 'firstPaint' | 'hiddenLayers' | 'highlight' | 'camera' | 'reducedMotion' | 'typeScale'>>;

interface Props extends MapProps {
  /**
   * The server-drawn map of a newer data version (a poll brought it): it replaces the page's own, which a phone shows
   * until the viewer starts the live map, and which shows where the live map cannot.
   */
  freshUnderlay?: string | null;
  /** Id of an element that describes the map in words (for screen readers). */
  describedBy?: string;
  /**
   * The address of a server-drawn picture of this view (the presenter's scene): shown under the canvas until the live
   * map has drawn, and in its place without WebGL; gone once the canvas shows, so later views load nothing.
   */
  picture?: string | null;
  /** The page prints the map's credit (geo/map-words.ts ATTRIBUTION) beside the map: the live map adds none of its own. */
  creditShown?: boolean;
  className?: string;
  children?: React.ReactNode;
}

// Wide windows start the engine (and its worker) and the live map's code as soon as this module runs, during
// hydration rather than after it; the page's head has already asked for the engine's file (MapPreloads).
if (typeof window !== 'undefined' && window.innerWidth >= ENGINE_EAGER_MIN_WIDTH) {
  loadEngine().catch(() => undefined);
  liveMapCode().catch(() => undefined);
}

/** The server-drawn map (the children's `.map-underlay`) at the step, replaced by a newer version's when one comes. */
function useUnderlay(areaRef: React.RefObject<HTMLDivElement | null>, step: number, fresh: string | null) {
  useLayoutEffect(() => {
    const underlay = areaRef.current?.querySelector('.map-underlay');
    // React set this element's markup once, on the server, and leaves it alone since (ServerMarkup).
    if (underlay && fresh !== null) underlay.innerHTML = fresh;
  }, [areaRef, fresh]);
  useLayoutEffect(() => applyStep(areaRef.current?.querySelector('.map-underlay'), step), [areaRef, step, fresh]);
}

export function MapView(props: Props) {
  const { firstPaint = null, hiddenLayers = [], highlight = null, camera = null, describedBy, reducedMotion = false, typeScale = 1, step } = props;
  const areaRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const status = useMapStatus();
  const { fail } = status;
  const [engineWanted, wantEngine] = useDeferredEngine(areaRef, camera !== null);
  // The "Explore the interactive map" button goes once the engine is wanted: the focus it had when pressed goes to the
  // map's region, not to the page's body. Noted while it has the focus (a Tab past it leaves the focus where it went).
  const startFocused = useRef(false);
  useLayoutEffect(() => {
    if (!engineWanted || !startFocused.current) return;
    startFocused.current = false;
    areaRef.current?.focus();
  }, [engineWanted]);
  /** Counts retries of a map whose engine never arrived. */
  const [engineAttempt, setEngineAttempt] = useState(0);
  /** Counts retries of a created map (which only loads its data again). */
  const [dataAttempt, setDataAttempt] = useState(0);
  const [mapCreated, setMapCreated] = useState(false);
  const [canvasShown, setCanvasShown] = useState(false);
  // The button that starts the map on a phone does nothing without script: it appears once the page has hydrated.
  const hydrated = useHydrated();
  const loaded = useEngine(engineWanted, engineAttempt, useCallback((message: string) => {
    // Said in the reader's words (it is nearly always the connection); the browser's own, with the file's address, for the console.
    console.error(`Buildup Map: the map engine did not load: ${message}`);
    fail('error', 'The interactive map could not load its engine: check the connection, then Retry. Shown meanwhile: a static copy.');
  }, [fail]), loadEngineAndMap);
  useUnderlay(areaRef, step, props.freshUnderlay ?? null);

  const retry = () => {
    status.reset();
    if (mapCreated) setDataAttempt((n) => n + 1);
    else setEngineAttempt((n) => n + 1);
  };

  return (
    <div
      ref={areaRef}
      className={props.className}
      data-testid="map"
      data-map-state={status.state}
      data-canvas={canvasShown ? 'shown' : 'hidden'}
      data-hidden-layers={hiddenLayers.join(',')}
      data-engine={engineWanted ? 'wanted' : 'deferred'}
      aria-label="Map of the buildup"
      aria-describedby={describedBy}
      role="region"
      tabIndex={-1}
      // The server-drawn map's callouts are links to their source cards: all a phone shows until touched.
      onClick={(event) => openClaimLink(event, props.onOpenClaim, '.map-underlay')}
    >
      {/* First in the map, as it stands at its top: after the key's button it was the last Tab stop of an embed's map. */}
      {engineWanted || !hydrated ? null : (
        <button type="button" className="engine-start" onClick={wantEngine} onFocus={() => (startFocused.current = true)} onBlur={() => (startFocused.current = false)} aria-label="Explore the interactive map">
          {/* One word: "Explore the interactive map", and on a phone "Interactive map", covered the names at the map's top (Vilnius, Moscow) at every width under 1024 px. */}
          Explore
        </button>
      )}
      {props.children}
      {props.picture && !canvasShown ? (
        <svg className="map-picture" aria-hidden="true">
          <image width="100%" height="100%" preserveAspectRatio="xMidYMid slice" href={props.picture} />
        </svg>
      ) : null}
      <div ref={containerRef} className="map-canvas" />
      {loaded ? (
        <loaded.LiveMap
          engine={loaded.engine} container={containerRef} status={status} dataAttempt={dataAttempt} onCreated={setMapCreated} onCanvasShown={setCanvasShown}
          theme={props.theme} firstPaint={firstPaint} hiddenLayers={hiddenLayers} highlight={highlight} camera={camera} reducedMotion={reducedMotion}
          typeScale={typeScale} figures={props.figures} step={step} crimeaSince={props.crimeaSince} calloutLabels={props.calloutLabels}
          onOpenClaim={props.onOpenClaim} onViewChange={props.onViewChange} attribution={!props.creditShown}
        />
      ) : null}
      {status.failure ? (
        <div className="map-message" role="alert">
          <p>{status.failure}</p>
          {status.state === 'error' ? <button type="button" className="header-button" onClick={retry}>Retry</button> : null}
        </div>
      ) : null}
    </div>
  );
}
