import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import './theme.css';
import './globals.css';

const title = 'Buildup Map: Russia’s troop buildup near Ukraine, December 2021';
const description = 'A sourced map of the December 2021 Russian troop buildup near Ukraine: every figure with who said it, when, and where it was published.';
/** Social previews are drawn by the export renderer, with the legend and sources on the image. */
const previewImage = { url: '/api/export?width=1200&height=630&format=png', width: 1200, height: 630, alt: 'Map of the troop buildup near Ukraine with its sources' };

export const metadata: Metadata = {
  metadataBase: new URL(process.env.BUILDUP_PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`),
  title,
  description,
  openGraph: { title, description, type: 'website', images: [previewImage] },
  twitter: { card: 'summary_large_image', title, description, images: [previewImage] },
};

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
      <body>{children}</body>
    </html>
  );
}
