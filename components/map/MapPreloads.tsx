import { headers } from 'next/headers';
import { preload } from 'react-dom';
import { ENGINE_SCRIPT_URL } from './engine-files';
import { ENGINE_EAGER_MIN_WIDTH } from './engine-policy';
import { GEO_LAYERS } from '@/geo/layers';

const WIDE = `(min-width: ${ENGINE_EAGER_MIN_WIDTH}px)`;

interface Props {
  /** Views that load the engine at once whatever the width (the presenter). */
  eager?: boolean;
  /**
   * The whole payload the page asks for as soon as it runs (components/data/use-buildup.ts), which the live map
   * waits for (the figures' placement): fetched beside the engine rather than after hydration.
   */
  data?: string;
}

/**
 * Wide windows fetch the map engine and the map's layers while the page is still hydrating, so the engine is
 * ready when React asks for it and the HTTP cache (the layers are cacheable for a day) already holds the layers
 * when the engine's worker asks. Phones, which load the engine only on touch, skip all of it (except in an eager
 * view). Not the worker: Chromium ignores `media` on a prefetch, and a worker's request never takes a preload.
 */
export async function MapPreloads({ eager = false, data }: Props) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const media = eager ? undefined : WIDE;
  // Under 'strict-dynamic' a script preload needs the page's nonce, like Next's own.
  preload(ENGINE_SCRIPT_URL, { as: 'script', crossOrigin: 'anonymous', media, nonce });
  // Through preload(), not <link> elements: React puts those in the head and leaves them in the body too, and
  // the browser fetched each address twice.
  for (const href of [...(data ? [data] : []), ...GEO_LAYERS.map((name) => `/api/geo/${name}`)]) {
    preload(href, { as: 'fetch', crossOrigin: 'anonymous', fetchPriority: 'low', media });
  }
  return null;
}
