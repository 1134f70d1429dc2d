/**
 * Run once as each server process starts (Next's instrumentation hook). It keeps one raster thread ready for exports
 * (geo/render/raster-pool.ts, keepWarm): the presenter's stage paints first with an SVG export of its scene, which a
 * thread started cold took 2–2.7 s to give after half a minute without exports.
 */
export async function register() {
  // Not in the build's own processes, nor in the edge runtime (no worker threads there).
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  try {
    const { keepRasterThreadWarm } = await import('./store/raster-warm-up');
    keepRasterThreadWarm();
  } catch (error) {
    // A server that cannot keep a thread ready still serves: its first export starts one, as before.
    console.error('[raster] no thread kept ready:', error instanceof Error ? error.message : error);
  }
}
