'use client';
/**
 * The one owner of the imperative MapLibre map: created in an effect, removed in its cleanup, every `map.on`
 * paired with its `map.off`. Everything it draws comes from geo/ (layers from the style tokens, figures from
 * the API), so it matches the server-rendered map beneath it.
 */
import { useEffect, useRef, useState } from 'react';
import type { GeoJSONSource, Map as MapLibreMap, Marker } from 'maplibre-gl';
import type { FigureLayers } from '@/geo/figure-symbols';
import { DEFAULT_BOUNDS, MAX_ZOOM, MIN_ZOOM, REGION_BBOX } from '@/geo/region';
import { ATTRIBUTION, type Theme } from '@/geo/style';
import { formatViewHash, readViewHash, sameView, type View } from '@/geo/view';
import type { SceneCamera } from '@/geo/scene-camera';
import type { Scene } from '@/geo/schema';
import { constrainView } from '@/geo/constrain-view';
import { zoomForContainer } from '@/geo/render/first-paint-zoom';
import type { LayerToggle } from '@/geo/url-state';
import { GEO_SOURCES, HIGHLIGHT_LAYERS, hatchImageFor, mapStyle, TOGGLE_LAYERS } from './layers';

export type MapState = 'loading' | 'idle' | 'error' | 'fallback';

export interface CalloutTarget { id: string; footnote: number; label: string }

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

const DEFAULT_LNG_LAT_BOUNDS: [[number, number], [number, number]] = [[DEFAULT_BOUNDS[0], DEFAULT_BOUNDS[1]], [DEFAULT_BOUNDS[2], DEFAULT_BOUNDS[3]]];

const currentView = (map: MapLibreMap): View => {
  const { lng, lat } = map.getCenter();
  return { zoom: map.getZoom(), lat, lng };
};

/** Leaves room for the presenter's caption at the bottom and counter at the top. */
const scenePadding = (map: MapLibreMap) => {
  const { height } = map.getContainer().getBoundingClientRect();
  return { top: 80, bottom: Math.round(Math.min(300, height * 0.38)), left: 60, right: 60 };
};
const FLIGHT_MS = 1200;

function cameraOptions(camera: SceneCamera, map: MapLibreMap) {
  if (camera.kind === 'view') return { center: [camera.view.lng, camera.view.lat] as [number, number], zoom: camera.view.zoom, bearing: camera.bearing };
  const [w, s, e, n] = camera.bounds;
  const fitted = map.cameraForBounds([[w, s], [e, n]], { padding: scenePadding(map), maxZoom: camera.maxZoom, bearing: camera.bearing });
  return fitted ?? {};
}

/** WebGL is off or blocked: the server-drawn map stays and says so. */
function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** A lost WebGL context that MapLibre has not restored by then is given up for the static map. */
const CONTEXT_RESTORE_GRACE_MS = 3000;
/** Windows at least this wide load the map engine at once (README: what a viewer gets where). */
export const ENGINE_EAGER_MIN_WIDTH = 1024;

export function MapView({ theme, firstPaint = null, hiddenLayers = [], describedBy, scene = null, reducedMotion = false, typeScale = 1, figures, calloutLabels, onOpenClaim, onViewChange, className, children }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const markersRef = useRef<Marker[]>([]);
  const latest = useRef({ theme, firstPaint, scene, typeScale, figures, calloutLabels, onOpenClaim, onViewChange });
  latest.current = { theme, firstPaint, scene, typeScale, figures, calloutLabels, onOpenClaim, onViewChange };
  const followsHash = scene === null;
  const [state, setState] = useState<MapState>('loading');
  const [failure, setFailure] = useState<string | null>(null);
  const [ready, setReady] = useState(false);

  // Phones wait for the viewer's first touch before paying for the map engine (the server-drawn map already
  // shows everything); wider windows, and the presenter, load it right after the first paint.
  const [engineWanted, setEngineWanted] = useState(false);
  useEffect(() => {
    if (scene || window.innerWidth >= ENGINE_EAGER_MIN_WIDTH) {
      setEngineWanted(true);
      return;
    }
    const element = containerRef.current?.parentElement;
    const want = () => setEngineWanted(true);
    const events = ['pointerdown', 'touchstart', 'wheel', 'focusin', 'keydown'] as const;
    events.forEach((type) => element?.addEventListener(type, want, { once: true, passive: true }));
    return () => events.forEach((type) => element?.removeEventListener(type, want));
    // Decided once, at mount.
  }, []);

  useEffect(() => {
    if (!engineWanted) return;
    let cancelled = false;
    let cleanup = () => {};
    (async () => {
      const maplibre = await import('maplibre-gl');
      if (cancelled || !containerRef.current) return;
      maplibre.setWorkerUrl(new URL('maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url).href);
      await document.fonts?.load('12px Inter').catch(() => undefined);
      if (!webglAvailable()) {
        setFailure('The interactive map needs WebGL, which this browser has turned off: showing a static map instead.');
        setState('fallback');
        return;
      }
      const start = readViewHash(window.location.hash);
      const paint = latest.current.firstPaint;
      const { width, height } = containerRef.current.getBoundingClientRect();
      // Start inside the region's bounds ourselves: MapLibre draws nothing when it must correct a start view.
      const wanted = start ?? (paint ? { ...paint.view, zoom: zoomForContainer(paint, width, height) } : null);
      const inside = wanted ? constrainView(wanted, width, height) : null;
      // A hair above the zoom that exactly covers the bounds: at exactly that zoom MapLibre's own check fails.
      const camera = inside
        ? { center: [inside.lng, inside.lat] as [number, number], zoom: inside.zoom + 0.001 }
        : { bounds: DEFAULT_LNG_LAT_BOUNDS, fitBoundsOptions: { padding: 16 } };
      let map: MapLibreMap;
      try {
        map = new maplibre.Map({
          container: containerRef.current,
          style: mapStyle(latest.current.theme, window.location.origin, latest.current.typeScale),
          ...camera,
          keyboard: followsHash,
          minZoom: MIN_ZOOM,
          maxZoom: MAX_ZOOM,
          maxBounds: [[REGION_BBOX[0], REGION_BBOX[1]], [REGION_BBOX[2], REGION_BBOX[3]]],
          attributionControl: { compact: false, customAttribution: ATTRIBUTION },
          dragRotate: false,
          pitchWithRotate: false,
        });
      } catch (error) {
        setFailure(`The interactive map could not start: ${(error as Error).message}`);
        setState('error');
        return;
      }
      mapRef.current = map;
      if (followsHash) map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
      map.addControl(new maplibre.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');

      map.setMissingStyleImageResolver((id) => {
        const image = hatchImageFor(id, latest.current.theme);
        if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: image.pixelRatio });
      });
      // Loading ends in idle, unless a layer's data failed first (then error, until a retry loads it).
      const onIdle = () => setState((s) => (s === 'loading' ? 'idle' : s));
      const onError = (event: { error?: { message?: string }; sourceId?: string }) => {
        if (!event.sourceId && map.loaded()) return;
        setFailure(`The map could not load its data (${event.error?.message ?? 'unknown error'}). The map below is a static copy.`);
        setState('error');
      };
      const onMoveEnd = () => {
        const view = currentView(map);
        const hash = formatViewHash(view);
        if (followsHash && window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
        latest.current.onViewChange?.(view);
      };
      const onHashChange = () => {
        const view = readViewHash(window.location.hash);
        if (!view) map.fitBounds(DEFAULT_LNG_LAT_BOUNDS, { padding: 16, animate: false });
        else if (!sameView(view, currentView(map))) map.jumpTo({ center: [view.lng, view.lat], zoom: view.zoom });
      };
      const onLoad = () => {
        setReady(true);
        onMoveEnd();
      };
      map.on('idle', onIdle);
      map.on('error', onError);
      let restoreTimer = 0;
      const onContextLost = () => {
        restoreTimer = window.setTimeout(() => {
          setFailure('The interactive map lost its graphics context: showing a static map instead.');
          setState('fallback');
        }, CONTEXT_RESTORE_GRACE_MS);
      };
      const onContextRestored = () => window.clearTimeout(restoreTimer);
      map.on('webglcontextlost', onContextLost);
      map.on('webglcontextrestored', onContextRestored);
      map.on('load', onLoad);
      map.on('moveend', onMoveEnd);
      if (followsHash) window.addEventListener('hashchange', onHashChange);
      const initialScene = latest.current.scene;
      if (initialScene) map.jumpTo(cameraOptions(initialScene.camera, map));
      cleanup = () => {
        window.removeEventListener('hashchange', onHashChange);
        map.setMissingStyleImageResolver(null);
        map.off('idle', onIdle);
        map.off('error', onError);
        map.off('webglcontextlost', onContextLost);
        map.off('webglcontextrestored', onContextRestored);
        window.clearTimeout(restoreTimer);
        map.off('load', onLoad);
        map.off('moveend', onMoveEnd);
        markersRef.current.forEach((m) => m.remove());
        map.remove();
        mapRef.current = null;
      };
    })();
    return () => {
      cancelled = true;
      cleanup();
    };
    // The map is created once; whether it follows the hash is fixed for its life.
  }, [engineWanted]);

  // Scene: fly to its camera (or jump, with reduced motion) and show what it highlights.
  const cameraKey = scene ? JSON.stringify(scene.camera) : null;
  useEffect(() => {
    const map = mapRef.current;
    const focus = latest.current.scene;
    if (!map || !ready || !focus) return;
    const options = cameraOptions(focus.camera, map);
    if (reducedMotion) map.jumpTo(options);
    else map.flyTo({ ...options, duration: FLIGHT_MS, essential: false });
  }, [cameraKey, ready, reducedMotion]);

  const highlight = scene?.highlight ?? null;
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    const apply = () => {
      if (!map.getLayer(HIGHLIGHT_LAYERS.countries)) return;
      const role = highlight === 'belarus' || highlight === 'eastern-flank' ? highlight : '';
      map.setFilter(HIGHLIGHT_LAYERS.countries, ['==', ['get', 'role'], role]);
      map.setLayoutProperty(HIGHLIGHT_LAYERS.crimea, 'visibility', highlight === 'crimea' ? 'visible' : 'none');
      map.setLayoutProperty(HIGHLIGHT_LAYERS.zone, 'visibility', highlight === 'border-zone' ? 'visible' : 'none');
    };
    apply();
    map.on('style.load', apply);
    return () => {
      map.off('style.load', apply);
    };
  }, [highlight, ready]);

  /** Asks again for every layer's data; the map returns to idle once it has all of it. */
  const retry = () => {
    const map = mapRef.current;
    if (!map) return;
    setFailure(null);
    setState('loading');
    for (const name of GEO_SOURCES) (map.getSource(name) as GeoJSONSource | undefined)?.setData(`${window.location.origin}/api/geo/${name}`);
  };

  // Layer toggles: hide or show the layers behind each toggle (and the figures' callouts with the figures).
  const hiddenKey = hiddenLayers.join(',');
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    const apply = () => {
      for (const [toggle, ids] of Object.entries(TOGGLE_LAYERS)) {
        const visibility = hiddenKey.split(',').includes(toggle) ? 'none' : 'visible';
        for (const id of ids) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visibility);
      }
    };
    apply();
    map.on('style.load', apply);
    return () => {
      map.off('style.load', apply);
    };
  }, [hiddenKey, ready]);

  // Theme: swap the style in place (diffed by MapLibre), then put the figures back.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    map.setStyle(mapStyle(theme, window.location.origin, latest.current.typeScale));
    const restore = () => {
      (map.getSource('figure-symbols') as GeoJSONSource | undefined)?.setData(latest.current.figures.symbols);
    };
    map.once('style.load', restore);
    return () => {
      map.off('style.load', restore);
    };
  }, [theme, ready]);

  // Figures: new data from the API replaces the symbols and callouts without touching the camera. Keyed by
  // content, so a refresh that brings equal data keeps the same callout elements (and the viewer's focus).
  const figuresKey = JSON.stringify(figures);
  useEffect(() => {
    const { figures } = latest.current;
    const map = mapRef.current;
    if (!map || !ready) return;
    (map.getSource('figure-symbols') as GeoJSONSource | undefined)?.setData(figures.symbols);
    let stale = false;
    import('maplibre-gl').then(({ Marker }) => {
      if (stale) return;
      markersRef.current.forEach((m) => m.remove());
      // Added in footnote order, so Tab reaches them as 1, 2, 3 ….
      const inOrder = [...figures.callouts.features].sort((a, b) => a.properties.footnote - b.properties.footnote);
      markersRef.current = inOrder.map((feature) => {
        const { id, label, kind } = feature.properties;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = `callout callout--${kind}`;
        button.textContent = label;
        button.dataset.claim = id;
        button.setAttribute('aria-label', latest.current.calloutLabels[id] ?? `Source ${label}`);
        button.addEventListener('click', () => latest.current.onOpenClaim(id, button));
        const [lng, lat] = feature.geometry.coordinates;
        return new Marker({ element: button }).setLngLat([lng, lat]).addTo(map);
      });
    });
    return () => {
      stale = true;
    };
  }, [figuresKey, ready]);

  return (
    <div
      className={className}
      data-testid="map"
      data-map-state={state}
      data-hidden-layers={hiddenKey}
      data-engine={engineWanted ? 'wanted' : 'deferred'}
      aria-label="Map of the buildup"
      aria-describedby={describedBy}
      role="region"
    >
      {children}
      <div ref={containerRef} className="map-canvas" />
      {engineWanted ? null : (
        <button type="button" className="engine-start" onClick={() => setEngineWanted(true)}>Explore the interactive map</button>
      )}
      {failure ? (
        <div className="map-message" role="alert">
          <p>{failure}</p>
          {state === 'error' && mapRef.current ? <button type="button" className="header-button" onClick={retry}>Retry</button> : null}
        </div>
      ) : null}
    </div>
  );
}
