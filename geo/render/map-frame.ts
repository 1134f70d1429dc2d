import type { GeoProjection } from 'd3-geo';
import type { GeoData } from '../load-geo';
import type { Theme } from '../style';
import type { View } from '../view';
import type { Prepared } from './prepared';
import type { Box } from './projection';

/** One map drawn into one box: what the geometry and label layers both need. */
export interface MapFrame {
  /** The view after MapLibre's bounds constraint; the projection is built from it. */
  view: View;
  box: Box;
  projection: GeoProjection;
  theme: Theme;
  /** Multiplier for strokes, symbols and map type: 1 matches the live map in CSS px. */
  k: number;
  /** Vertices closer than this (CSS px) are dropped. */
  tolerance: number;
  transparent: boolean;
  /** Draw rank-2 cities too. */
  detailed: boolean;
  data: Prepared;
  geo: GeoData;
}

export const px = (n: number) => String(Math.round(n * 10) / 10);
