/**
 * The map engine's two files as the bundler emits them (content-hashed, cached for a year), named once so the
 * server can ask for the engine in the page's head and the client imports that very file, not a second copy.
 */
export const ENGINE_SCRIPT_URL = new URL('maplibre-gl/dist/maplibre-gl.mjs', import.meta.url).href;
export const ENGINE_WORKER_URL = new URL('maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url).href;
