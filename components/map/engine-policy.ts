/** Windows at least this wide load the map engine at once; narrower ones wait for a touch (README: what a viewer gets where). */
export const ENGINE_EAGER_MIN_WIDTH = 1024;
