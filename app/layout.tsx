import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import { WIDE_WINDOW_MAP_MIN_HEIGHT, widestMapAspect } from '@/geo/widest-map-aspect';
import { currentData } from '@/store/current';
import './theme.css';
import './globals.css';

const title = 'Buildup Map: Russia’s troop buildup near Ukraine, October 2021 – 24 February 2022';
const description = 'A sourced map of Russia’s troop buildup near Ukraine, from October 2021 to the invasion of 24 February 2022: every figure with who said it, when, and where it was published.';
/**
 * Social previews are drawn by the export renderer, with the legend and sources on the image. The address pins the
 * data version (`v=N`): a post keeps the picture of the figures it was shared with, and caches may keep it for good.
 */
async function previewImage() {
  let version = 0;
  try {
    version = (await currentData()).buildup.dataVersion;
  } catch {
    // No data yet (the page itself says why): the unpinned address, drawn with whatever is current when fetched.
  }
  const url = `/api/export?width=1200&height=630&format=png${version > 0 ? `&v=${version}` : ''}`;
  return { url, width: 1200, height: 630, alt: 'Map of the troop buildup near Ukraine with its sources' };
}

export async function generateMetadata(): Promise<Metadata> {
  const images = [await previewImage()];
  return {
    metadataBase: new URL(process.env.BUILDUP_PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`),
    title,
    description,
    openGraph: { title, description, type: 'website', images },
    // The image and its alt text without a width and height: X's cards have no such tags (developer.x.com/cards/markup),
    // and the page's HTML has an 18 KB budget. Next fills in the card's title and description from Open Graph.
    twitter: { card: 'summary_large_image', images: images.map(({ url, alt }) => ({ url, alt })) },
  };
}

/**
 * How wide a live map may be for its height (app/globals.css centres a narrower one), in any window and in one at
 * least 1024 px wide (whose map is taller): computed once, on the server.
 */
const WIDEST_MAP_ASPECT = widestMapAspect().toFixed(3);
const WIDEST_MAP_ASPECT_WIDE = widestMapAspect(WIDE_WINDOW_MAP_MIN_HEIGHT).toFixed(3);

export const viewport: Viewport = { width: 'device-width', initialScale: 1, colorScheme: 'light dark' };

/** Reading the request makes every page render per request, so each gets its own CSP nonce (proxy.ts). */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await headers();
  return (
    <html lang="en">
      <head>
        {/* Both weights, so bold text does not re-wrap when its face arrives late (a layout shift). */}
        <link rel="preload" href="/fonts/inter-latin-400-normal.woff2" as="font" type="font/woff2" crossOrigin="anonymous" />
        <link rel="preload" href="/fonts/inter-latin-700-normal.woff2" as="font" type="font/woff2" crossOrigin="anonymous" />
      </head>
      <body style={{ '--map-widest-aspect': WIDEST_MAP_ASPECT, '--map-widest-aspect-wide': WIDEST_MAP_ASPECT_WIDE } as React.CSSProperties}>{children}</body>
    </html>
  );
}
