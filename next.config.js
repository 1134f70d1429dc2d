/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    // The presenter uses fullscreen and the export dialog the clipboard; everything else is off.
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=(), fullscreen=(self), clipboard-write=(self)',
  },
];

module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
  // resvg is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ['@resvg/resvg-js'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Pages get their policy (with a nonce) from proxy.ts; API answers are data, never documents to run (an exported
      // SVG viewed on its own may use its inline styles and the fonts it carries as data).
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; style-src 'unsafe-inline'; font-src data:; frame-ancestors 'none'" }] },
      { source: '/fonts/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      // Named by the pages with its hash in the query (after-first-paint.mjs), so never stale.
      { source: '/after-first-paint.js', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      // Loaded by newsrooms' pages under one name (public/embed.js): a fix reaches them within the hour.
      { source: '/embed.js', headers: [{ key: 'Cache-Control', value: 'public, max-age=3600, stale-while-revalidate=86400' }] },
    ];
  },
};
