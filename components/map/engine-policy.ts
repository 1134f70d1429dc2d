import { WIDE_WINDOW_MIN_WIDTH } from '../../after-first-paint.mjs';

/**
 * Windows at least this wide load the map engine at once; narrower ones wait for a touch (README: what a viewer gets
 * where). The same width decides when a reader page's scripts start (after-first-paint.mjs).
 */
export const ENGINE_EAGER_MIN_WIDTH = WIDE_WINDOW_MIN_WIDTH;
