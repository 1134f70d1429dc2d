import type * as MapLibre from 'maplibre-gl';
import { ENGINE_SCRIPT_URL, ENGINE_WORKER_URL } from './engine-files';

export type MapEngine = typeof MapLibre;

let loading: Promise<MapEngine> | null = null;
let failures = 0;

/**
 * MapLibre, imported once per page from the file the page's head preloads (MapPreloads). Its worker starts the
 * moment the engine has run (prewarm), in parallel with hydration, instead of when the first map is created:
 * on this machine that is most of the way to `idle`.
 */
export function loadEngine(): Promise<MapEngine> {
  // Chromium remembers a module whose download failed and fails every later import of that address at once, so a
  // retry asks for the same file at a new one.
  const url = failures === 0 ? ENGINE_SCRIPT_URL : `${ENGINE_SCRIPT_URL}?attempt=${failures + 1}`;
  loading ??= (import(/* turbopackIgnore: true */ /* webpackIgnore: true */ url) as Promise<MapEngine>).then((engine) => {
    engine.setWorkerUrl(ENGINE_WORKER_URL);
    engine.prewarm();
    return engine;
  });
  // A failed download (offline, server restarting) must not stick: the next call tries again.
  loading.catch(() => {
    failures += 1;
    loading = null;
  });
  return loading;
}
