/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
  // resvg is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ['@resvg/resvg-js'],
  async headers() {
    return [
      { source: '/((?!embed$).*)', headers: [...securityHeaders, { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" }] },
      { source: '/embed', headers: [...securityHeaders, { key: 'Content-Security-Policy', value: 'frame-ancestors *' }] },
      { source: '/fonts/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    ];
  },
};
