import type * as MapLibre from 'maplibre-gl';
import { ENGINE_SCRIPT_URL, ENGINE_WORKER_URL } from './engine-files';

export type MapEngine = typeof MapLibre;

let loading: Promise<MapEngine> | null = null;

/**
 * MapLibre, imported once per page from the file the page's head preloads (MapPreloads). Its worker starts the
 * moment the engine has run (prewarm), in parallel with hydration, instead of when the first map is created:
 * on this machine that is most of the way to `idle`.
 */
export function loadEngine(): Promise<MapEngine> {
  loading ??= (import(/* turbopackIgnore: true */ /* webpackIgnore: true */ ENGINE_SCRIPT_URL) as Promise<MapEngine>).then((engine) => {
    engine.setWorkerUrl(ENGINE_WORKER_URL);
    engine.prewarm();
    return engine;
  });
  // A failed download (offline, server restarting) must not stick: the next call tries again.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
