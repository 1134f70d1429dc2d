'use client';
/**
 * The live map over the server-drawn one, loaded with its engine (MapView.tsx). One owner of the imperative MapLibre
 * map (useCreatedMap: created in an effect, removed in its cleanup); each small hook beside it keeps one part of the
 * map in step with the view state and pairs every `map.on` with its `map.off`. Everything it draws comes from geo/
 * (the style from the layer table, the figures from the API), so it matches the server-drawn map beneath it.
 */
import { type RefObject, useEffect, useRef } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import type { FigureLayers } from '@/geo/figure-layers';
import { GEO_LAYERS } from '@/geo/layers';
import { mapStyle } from '@/geo/map-style';
import { MAX_ZOOM, MIN_ZOOM, REGION_BBOX } from '@/geo/region';
import type { SceneCamera } from '@/geo/scene-camera';
import type { Highlight } from '@/geo/schema';
import { parseFrame, SEEN_FRAME_PARAM } from '@/geo/seen-frame';
import { ATTRIBUTION } from '@/geo/map-words';
import { themes, type ThemeName } from '@/geo/style';
import type { View } from '@/geo/view';
import type { LayerToggle } from '@/geo/view-state';
import { noteBuilt } from './built-with';
import type { MapEngine } from './load-engine';
import { startCamera } from './start-camera';
import { useCalloutSpread } from './use-callout-spread';
import { useFigures, useFigureStep } from './use-callouts';
import { useControls } from './use-controls';
import { useCreatedMap } from './use-created-map';
import { useDefaultViewOnResize } from './use-default-view-on-resize';
import { useEdgeFence } from './use-edge-fence';
import { useHashView } from './use-hash-view';
import { useLoadedMap } from './use-loaded-map';
import { useCanvasReveal, useLoadingEvents } from './use-map-events';
import { useCrimeaNoteWidth, useStyleImages, useLayerVisibility, useThemeStyle } from './use-map-layers';
import type { MapStatus } from './use-map-status';
import { useSceneCamera } from './use-scene-camera';

/** Stands in for figures not yet had: never drawn, as no map is created without them. */
const NO_FIGURES: FigureLayers = { circles: [], callouts: { type: 'FeatureCollection', features: [] } };

export interface LiveMapProps {
  engine: MapEngine;
  container: RefObject<HTMLDivElement | null>;
  status: Pick<MapStatus, 'fail' | 'idle'>;
  /** Changes when the viewer asks a created map to load its data again (Retry). */
  dataAttempt: number;
  onCreated: (created: boolean) => void;
  onCanvasShown: (shown: boolean) => void;
  theme: ThemeName;
  /** The server-drawn map under the canvas: the live map starts at its view so the switch does not jump. */
  firstPaint: { view: View; width: number; height: number } | null;
  hiddenLayers: readonly LayerToggle[];
  highlight: Highlight | null;
  /** The presenter's scene camera; without one, the view follows the address's hash. */
  camera: SceneCamera | null;
  /** Jump instead of fly (prefers-reduced-motion). */
  reducedMotion: boolean;
  typeScale: number;
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
  /** Whether the map credits its data itself (the presenter's stage); a page that prints the credit passes false. */
  attribution: boolean;
}

/** The size of the map the address's view was seen in (`?frame=WxH`, from the embed code), if it says. */
const seenFrame = () => parseFrame(new URLSearchParams(window.location.search).get(SEEN_FRAME_PARAM) ?? '');

export default function LiveMap(props: LiveMapProps) {
  const { engine, container, status, firstPaint, hiddenLayers, highlight, camera, reducedMotion, typeScale, step } = props;
  const { fail } = status;
  const theme = themes[props.theme];
  const followsHash = camera === null;
  const figures = props.figures ?? NO_FIGURES;
  const styleInput = { theme, typeScale, figures, crimeaSince: props.crimeaSince, hidden: hiddenLayers, highlight, origin: window.location.origin };
  const map = useCreatedMap(container, props.figures ? engine : null, (width, height) => {
    const start = startCamera(followsHash ? window.location.hash : '', firstPaint, width, height, followsHash ? seenFrame() : null);
    return {
      // The callouts' clearance starts where the callouts stand at the start zoom (known unless the map fits bounds).
      style: mapStyle({ ...styleInput, calloutZoom: start.zoom, mapWidth: width }),
      // No `fadeDuration: 0`: MapLibre already places labels at once until its first idle, and fades them after.
      // Zero made it place every label again on every frame after that, a date step's too (a quarter of its map frame).
      // Checked once by the test suite (test/unit/map-style.test.ts) rather than in every browser at start-up.
      validateStyle: false,
      ...start,
      keyboard: followsHash,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      maxBounds: [[REGION_BBOX[0], REGION_BBOX[1]], [REGION_BBOX[2], REGION_BBOX[3]]],
      attributionControl: props.attribution ? { compact: false, customAttribution: ATTRIBUTION } : false,
      dragRotate: false,
      pitchWithRotate: false,
      // In another site's frame (an article's embed) the map shares the page's scrolling: one finger or the wheel
      // scrolls the article, two fingers or Ctrl and the wheel move the map. A reader once could not scroll past it.
      cooperativeGestures: window.parent !== window,
    };
  }, fail, (created, options) => noteBuilt(created, theme, typeScale, figures, options.zoom));
  const loaded = useLoadedMap(map);
  const { onCreated } = props;
  useEffect(() => onCreated(map !== null), [map, onCreated]);

  useControls(map, engine, followsHash);
  useStyleImages(map, theme);
  useLoadingEvents(map, status.idle, fail);
  useCanvasReveal(map, props.onCanvasShown);
  useHashView(map, followsHash, props.onViewChange);
  useDefaultViewOnResize(map, followsHash, firstPaint);
  useSceneCamera(map, camera, reducedMotion);
  useLayerVisibility(loaded, hiddenLayers, highlight);
  useThemeStyle(loaded, styleInput);
  useCrimeaNoteWidth(loaded, typeScale);
  useFigures(loaded, figures, step, typeScale, props.calloutLabels, props.onOpenClaim);
  useCalloutSpread(loaded, figures, typeScale);
  // Given with the style, so that the first load lays it out with everything else: given after `load`, its tiles came
  // last and were placed again, and the names then faded in after the first idle (about 40 more frames).
  useEdgeFence(map);
  useFigureStep(loaded, figures, step);
  useDataRetry(map, props.dataAttempt);
  return null;
}

/** Asks again for every layer's data when the viewer retries; the map returns to idle once it has all of it. */
function useDataRetry(map: ReturnType<typeof useCreatedMap>, attempt: number) {
  const first = useRef(attempt);
  useEffect(() => {
    if (!map || attempt === first.current) return;
    for (const name of GEO_LAYERS) (map.getSource(name) as GeoJSONSource | undefined)?.setData(`${window.location.origin}/api/geo/${name}`);
  }, [map, attempt]);
}
