'use client';
/**
 * The live map over the server-drawn one. One owner of the imperative MapLibre map (useCreatedMap: created in an
 * effect, removed in its cleanup); each small hook beside it keeps one part of the map in step with the view state
 * and pairs every `map.on` with its `map.off`. Everything it draws comes from geo/ (the style from the layer table,
 * the figures from the API), so it matches the server-drawn map beneath it.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import type { FigureLayers } from '@/geo/figure-layers';
import { GEO_LAYERS } from '@/geo/layers';
import { mapStyle } from '@/geo/map-style';
import { MAX_ZOOM, MIN_ZOOM, REGION_BBOX } from '@/geo/region';
import type { SceneCamera } from '@/geo/scene-camera';
import type { Highlight } from '@/geo/schema';
import { ATTRIBUTION, type Theme } from '@/geo/style';
import type { View } from '@/geo/view';
import type { LayerToggle } from '@/geo/view-state';
import { noteBuilt } from './built-with';
import { ENGINE_EAGER_MIN_WIDTH } from './engine-policy';
import { loadEngine } from './load-engine';
import { startCamera } from './start-camera';
import { applyStep } from '@/components/markup/apply-step';
import { useFigures, useFigureStep } from './use-callouts';
import { useControls } from './use-controls';
import { useCreatedMap } from './use-created-map';
import { useDeferredEngine } from './use-deferred-engine';
import { useEngine } from './use-engine';
import { useHashView } from './use-hash-view';
import { useLoadedMap } from './use-loaded-map';
import { useCanvasReveal, useLoadingEvents } from './use-map-events';
import { useHatchImages, useLayerVisibility, useThemeStyle } from './use-map-layers';
import { useMapStatus } from './use-map-status';
import { useSceneCamera } from './use-scene-camera';

export type { MapState } from './use-map-status';

const noSubscription = () => () => {};
/** Stands in for figures not yet had: never drawn, as no map is created without them. */
const NO_FIGURES: FigureLayers = { circles: [], callouts: { type: 'FeatureCollection', features: [] } };

interface Props {
  theme: Theme;
  /** The server-drawn map under the canvas: the live map starts at its view so the switch does not jump. */
  firstPaint?: { view: View; width: number; height: number } | null;
  hiddenLayers?: readonly LayerToggle[];
  highlight?: Highlight | null;
  /** The presenter's scene camera; without one, the view follows the address's hash. */
  camera?: SceneCamera | null;
  /** Id of an element that describes the map in words (for screen readers). */
  describedBy?: string;
  /** Jump instead of fly (prefers-reduced-motion). */
  reducedMotion?: boolean;
  typeScale?: number;
  /** Where the figures stand; null until the page has them (the map is created once it has). */
  figures: FigureLayers | null;
  /** The timeline's step (geo/timeline.ts): the figures shown at it. */
  step: number;
  /** The year Crimea's occupation began, from the claims (the map's Crimea label says so). */
  crimeaSince: number | null;
  /** Accessible name of each callout by claim id, e.g. "Source 1: more than 90,000 troops, Ukrainian officials". */
  calloutLabels: Record<string, string>;
  onOpenClaim: (id: string, opener: HTMLElement) => void;
  onViewChange?: (view: View) => void;
  className?: string;
  children?: React.ReactNode;
}

// Wide windows start the engine (and its worker) as soon as this module runs, during hydration rather than after
// it; the page's head has already asked for its file (MapPreloads).
if (typeof window !== 'undefined' && window.innerWidth >= ENGINE_EAGER_MIN_WIDTH) loadEngine().catch(() => undefined);

export function MapView(props: Props) {
  const { theme, firstPaint = null, hiddenLayers = [], highlight = null, camera = null, describedBy, reducedMotion = false, typeScale = 1 } = props;
  const areaRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const followsHash = camera === null;
  const status = useMapStatus();
  const { fail } = status;
  const [engineWanted, wantEngine] = useDeferredEngine(areaRef, !followsHash);
  /** Counts retries of a map whose engine never arrived (a retry of a created map only reloads its data). */
  const [engineAttempt, setEngineAttempt] = useState(0);
  const [canvasShown, setCanvasShown] = useState(false);
  // The button that starts the map on a phone does nothing without script: it appears once the page has hydrated.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);

  const { step } = props;
  const figures = props.figures ?? NO_FIGURES;
  const styleInput = {
    theme, typeScale, figures, crimeaSince: props.crimeaSince, hidden: hiddenLayers, highlight,
    origin: typeof window === 'undefined' ? '' : window.location.origin,
  };
  const engine = useEngine(engineWanted, engineAttempt, useCallback((message: string) => {
    fail('error', `The interactive map could not load its engine (${message}). The map below is a static copy.`);
  }, [fail]));
  const map = useCreatedMap(containerRef, props.figures ? engine : null, (width, height) => ({
    style: mapStyle(styleInput),
    // Labels appear at once rather than fading in: each fade is several more frames, which software WebGL
    // (no GPU) pays for with long tasks.
    fadeDuration: 0,
    // Checked once by the test suite (test/unit/map-style.test.ts) rather than in every browser at start-up.
    validateStyle: false,
    ...startCamera(followsHash ? window.location.hash : '', firstPaint, width, height),
    keyboard: followsHash,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    maxBounds: [[REGION_BBOX[0], REGION_BBOX[1]], [REGION_BBOX[2], REGION_BBOX[3]]],
    attributionControl: { compact: false, customAttribution: ATTRIBUTION },
    dragRotate: false,
    pitchWithRotate: false,
  }), fail, (created) => noteBuilt(created, theme, typeScale, figures));
  const loaded = useLoadedMap(map);

  useControls(map, engine, followsHash);
  useHatchImages(map, theme);
  useLoadingEvents(map, status.idle, fail);
  useCanvasReveal(map, setCanvasShown);
  useHashView(map, followsHash, props.onViewChange);
  useSceneCamera(map, camera, reducedMotion);
  useLayerVisibility(loaded, hiddenLayers, highlight);
  useThemeStyle(loaded, styleInput);
  useFigures(loaded, figures, step, props.calloutLabels, props.onOpenClaim);
  useFigureStep(loaded, figures, step);
  useEffect(() => applyStep(areaRef.current?.querySelector('.map-underlay'), step), [step]);

  /** Asks again for every layer's data; the map returns to idle once it has all of it. */
  const retry = () => {
    status.reset();
    if (!map) {
      setEngineAttempt((n) => n + 1);
      return;
    }
    for (const name of GEO_LAYERS) (map.getSource(name) as GeoJSONSource | undefined)?.setData(`${window.location.origin}/api/geo/${name}`);
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
    >
      {props.children}
      <div ref={containerRef} className="map-canvas" />
      {engineWanted || !hydrated ? null : (
        <button type="button" className="engine-start" onClick={wantEngine}>Explore the interactive map</button>
      )}
      {status.failure ? (
        <div className="map-message" role="alert">
          <p>{status.failure}</p>
          {status.state === 'error' ? <button type="button" className="header-button" onClick={retry}>Retry</button> : null}
        </div>
      ) : null}
    </div>
  );
}
