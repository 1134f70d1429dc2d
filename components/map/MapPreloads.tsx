import { GEO_SOURCES } from './layers';
import { ENGINE_EAGER_MIN_WIDTH } from './engine-policy';

/**
 * Wide windows fetch the map's layers at low priority while the page is still hydrating, so the HTTP cache
 * (the layers are cacheable for a day) already holds them when the map engine asks. Phones, which load the engine
 * only on touch, skip them.
 */
export function GeoPreloads() {
  return GEO_SOURCES.map((name) => (
    <link
      key={name}
      rel="preload"
      href={`/api/geo/${name}`}
      as="fetch"
      crossOrigin="anonymous"
      fetchPriority="low"
      media={`(min-width: ${ENGINE_EAGER_MIN_WIDTH}px)`}
    />
  ));
}
