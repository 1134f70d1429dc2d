'use client';
/**
 * The one owner of the imperative MapLibre map: created in an effect, removed in its cleanup, every `map.on`
 * paired with its `map.off`. Everything it draws comes from geo/ (layers from the style tokens, figures from
 * the API), so it matches the server-rendered map beneath it. The hooks beside it each keep one part of the
 * map in step with the props (theme, layer toggles, scene, figures).
 */
import { useEffect, useRef, useState } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FigureLayers } from '@/geo/figure-symbols';
import { MAX_ZOOM, MIN_ZOOM, REGION_BBOX } from '@/geo/region';
import type { SceneCamera } from '@/geo/scene-camera';
import type { Scene } from '@/geo/schema';
import { ATTRIBUTION, type Theme } from '@/geo/style';
import type { LayerToggle } from '@/geo/url-state';
import { formatViewHash, readViewHash, sameView, type View } from '@/geo/view';
import { GEO_SOURCES, hatchImageFor, mapStyle } from './layers';
import { currentView, DEFAULT_LNG_LAT_BOUNDS, isNoWebGl, sceneCameraOptions, startCamera } from './start-camera';
import { useFigures } from './use-callouts';
import { ENGINE_EAGER_MIN_WIDTH } from './engine-policy';
import { useDeferredEngine } from './use-deferred-engine';
import { loadEngine, type MapEngine } from './load-engine';
import { whenGpuDrawn } from './gpu-drawn';
import { useHighlight, useLayerToggles, useThemeStyle } from './use-map-layers';
import { noteBuilt } from './built-with';

export type MapState = 'loading' | 'idle' | 'error' | 'fallback';

/** What the presenter drives: the camera and what is highlighted. Without it, the view follows the URL hash. */
export interface SceneFocus { camera: SceneCamera; highlight: Scene['highlight'] }

interface Props {
  theme: Theme;
  /** The server-drawn map under the canvas: the live map starts at its view so the switch does not jump. */
  firstPaint?: { view: View; width: number; height: number } | null;
  hiddenLayers?: readonly LayerToggle[];
  /** Id of an element that describes the map in words (for screen readers). */
  describedBy?: string;
  scene?: SceneFocus | null;
  /** Jump instead of fly (prefers-reduced-motion). */
  reducedMotion?: boolean;
  typeScale?: number;
  figures: FigureLayers;
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

/** A lost WebGL context that MapLibre has not restored by then is given up for the static map. */
const CONTEXT_RESTORE_GRACE_MS = 3000;
const FLIGHT_MS = 1200;

export function MapView(props: Props) {
  const { theme, firstPaint = null, hiddenLayers = [], describedBy, scene = null, reducedMotion = false, typeScale = 1, figures, className, children } = props;
  const areaRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const latest = useRef({ props, theme, typeScale });
  latest.current = { props, theme, typeScale };
  const figuresRef = useRef(figures);
  figuresRef.current = figures;
  const calloutHandlers = useRef({ labels: props.calloutLabels, onOpen: props.onOpenClaim });
  calloutHandlers.current = { labels: props.calloutLabels, onOpen: props.onOpenClaim };
  const followsHash = scene === null;
  const [state, setState] = useState<MapState>('loading');
  const [failure, setFailure] = useState<string | null>(null);
  /** The map once its style has loaded; null before and after. */
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [engineWanted, wantEngine] = useDeferredEngine(areaRef, !followsHash);
  /** The map from its creation on, loaded or not: a retry must reach it even when its first load failed. */
  const createdRef = useRef<MapLibreMap | null>(null);
  /** Counts retries of a map whose engine never arrived (a retry of a created map only reloads its data). */
  const [engineAttempt, setEngineAttempt] = useState(0);
  /** The live canvas replaces the server-drawn map once the GPU has drawn it (gpu-drawn.ts) or the viewer moves it. */
  const [canvasShown, setCanvasShown] = useState(false);
  /** The scene camera the map is at or flying to, so a scene is flown to once. */
  const sceneCameraShown = useRef<string | null>(null);

  useEffect(() => {
    if (!engineWanted) return;
    let cancelled = false;
    let cleanup = () => {};
    (async () => {
      let maplibre: MapEngine;
      try {
        maplibre = await loadEngine();
      } catch (error) {
        if (cancelled) return;
        setFailure(`The interactive map could not load its engine (${(error as Error).message}). The map below is a static copy.`);
        setState('error');
        return;
      }
      if (cancelled || !containerRef.current) return;
      await document.fonts?.load('12px Inter').catch(() => undefined);
      if (cancelled) return;
      const { width, height } = containerRef.current.getBoundingClientRect();
      let created: MapLibreMap;
      try {
        created = new maplibre.Map({
          container: containerRef.current,
          style: mapStyle(latest.current.theme, window.location.origin, latest.current.typeScale, figuresRef.current),
          // Labels appear at once rather than fading in: each fade is several more frames, which software WebGL
          // (no GPU) pays for with long tasks.
          fadeDuration: 0,
          // Checked once by the test suite (test/unit/map-style.test.ts) rather than in every browser at start-up.
          validateStyle: false,
          ...startCamera(followsHash ? window.location.hash : '', latest.current.props.firstPaint ?? null, width, height),
          keyboard: followsHash,
          minZoom: MIN_ZOOM,
          maxZoom: MAX_ZOOM,
          maxBounds: [[REGION_BBOX[0], REGION_BBOX[1]], [REGION_BBOX[2], REGION_BBOX[3]]],
          attributionControl: { compact: false, customAttribution: ATTRIBUTION },
          dragRotate: false,
          pitchWithRotate: false,
        });
      } catch (error) {
        // No probe beforehand: a throwaway WebGL context costs the first paint-to-idle path 10-15 ms here.
        if (isNoWebGl(error)) {
          setFailure('The interactive map needs WebGL, which this browser has turned off: showing a static map instead.');
          setState('fallback');
        } else {
          setFailure(`The interactive map could not start: ${(error as Error).message}`);
          setState('error');
        }
        return;
      }
      const m = created;
      noteBuilt(m, latest.current.theme, latest.current.typeScale, figuresRef.current);
      createdRef.current = m;
      if (followsHash) m.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
      m.addControl(new maplibre.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
      m.setMissingStyleImageResolver((id) => {
        const image = hatchImageFor(id, latest.current.theme);
        if (image && !m.hasImage(id)) m.addImage(id, image, { pixelRatio: image.pixelRatio });
      });

      // Loading ends in idle, unless a layer's data failed first (then error, until a retry loads it).
      let cancelGpuWait: (() => void) | null = null;
      let idleSeen = false;
      const showCanvas = () => setCanvasShown(true);
      const onIdle = () => {
        idleSeen = true;
        setState((s) => (s === 'loading' ? 'idle' : s));
        cancelGpuWait ??= whenGpuDrawn(m.getCanvas(), showCanvas);
      };
      // Any camera motion after the first idle (the viewer's, or a scene's flight) shows the live map at once: a
      // hidden canvas would leave the motion unseen and its frames piling up for the GPU.
      const onMoveStart = (event: { originalEvent?: Event }) => {
        if (event.originalEvent || idleSeen) showCanvas();
      };
      const onError = (event: { error?: { message?: string }; sourceId?: string }) => {
        if (!event.sourceId && m.loaded()) return;
        setFailure(`The map could not load its data (${event.error?.message ?? 'unknown error'}). The map below is a static copy.`);
        setState('error');
      };
      const onMoveEnd = () => {
        const view = currentView(m);
        const hash = formatViewHash(view);
        if (followsHash && window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
        latest.current.props.onViewChange?.(view);
      };
      const onHashChange = () => {
        const view = readViewHash(window.location.hash);
        if (!view) m.fitBounds(DEFAULT_LNG_LAT_BOUNDS, { padding: 16, animate: false });
        else if (!sameView(view, currentView(m))) m.jumpTo({ center: [view.lng, view.lat], zoom: view.zoom });
      };
      const onLoad = () => {
        setMap(m);
        onMoveEnd();
      };
      let restoreTimer = 0;
      const onContextLost = () => {
        restoreTimer = window.setTimeout(() => {
          setFailure('The interactive map lost its graphics context: showing a static map instead.');
          setState('fallback');
        }, CONTEXT_RESTORE_GRACE_MS);
      };
      const onContextRestored = () => window.clearTimeout(restoreTimer);
      m.on('idle', onIdle);
      m.on('error', onError);
      m.on('load', onLoad);
      m.on('moveend', onMoveEnd);
      m.on('movestart', onMoveStart);
      m.on('webglcontextlost', onContextLost);
      m.on('webglcontextrestored', onContextRestored);
      if (followsHash) window.addEventListener('hashchange', onHashChange);
      const initialScene = latest.current.props.scene;
      if (initialScene) {
        m.jumpTo(sceneCameraOptions(initialScene.camera, m));
        sceneCameraShown.current = JSON.stringify(initialScene.camera);
      }
      cleanup = () => {
        window.removeEventListener('hashchange', onHashChange);
        window.clearTimeout(restoreTimer);
        m.setMissingStyleImageResolver(null);
        m.off('idle', onIdle);
        m.off('error', onError);
        m.off('load', onLoad);
        m.off('moveend', onMoveEnd);
        m.off('movestart', onMoveStart);
        cancelGpuWait?.();
        setCanvasShown(false);
        m.off('webglcontextlost', onContextLost);
        m.off('webglcontextrestored', onContextRestored);
        setMap(null);
        createdRef.current = null;
        m.remove();
      };
    })();
    return () => {
      cancelled = true;
      cleanup();
    };
    // Created once the engine is wanted; whether it follows the hash is fixed for its life.
  }, [engineWanted, engineAttempt]);

  // Scene: fly to its camera (or jump, with reduced motion).
  const cameraKey = scene ? JSON.stringify(scene.camera) : null;
  useEffect(() => {
    const focus = latest.current.props.scene;
    // The map starts at its first scene's camera: flying there again would hold back its first idle by a flight.
    if (!map || !focus || sceneCameraShown.current === cameraKey) return;
    sceneCameraShown.current = cameraKey;
    const options = sceneCameraOptions(focus.camera, map);
    if (reducedMotion) map.jumpTo(options);
    else map.flyTo({ ...options, duration: FLIGHT_MS, essential: false });
  }, [map, cameraKey, reducedMotion]);

  useHighlight(map, scene?.highlight ?? null);
  useLayerToggles(map, hiddenLayers);
  useThemeStyle(map, theme, typeScale, figuresRef);
  useFigures(map, figures, calloutHandlers);

  /** Asks again for every layer's data; the map returns to idle once it has all of it. */
  const retry = () => {
    const target = createdRef.current;
    setFailure(null);
    setState('loading');
    if (!target) {
      setEngineAttempt((n) => n + 1);
      return;
    }
    for (const name of GEO_SOURCES) (target.getSource(name) as GeoJSONSource | undefined)?.setData(`${window.location.origin}/api/geo/${name}`);
  };

  return (
    <div
      ref={areaRef}
      className={className}
      data-testid="map"
      data-map-state={state}
      data-canvas={canvasShown ? 'shown' : 'hidden'}
      data-hidden-layers={hiddenLayers.join(',')}
      data-engine={engineWanted ? 'wanted' : 'deferred'}
      aria-label="Map of the buildup"
      aria-describedby={describedBy}
      role="region"
    >
      {children}
      <div ref={containerRef} className="map-canvas" />
      {engineWanted ? null : (
        <button type="button" className="engine-start" onClick={wantEngine}>Explore the interactive map</button>
      )}
      {failure ? (
        <div className="map-message" role="alert">
          <p>{failure}</p>
          {state === 'error' ? <button type="button" className="header-button" onClick={retry}>Retry</button> : null}
        </div>
      ) : null}
    </div>
  );
}
