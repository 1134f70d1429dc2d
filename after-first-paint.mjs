/**
 * On a phone, the reader pages' scripts start loading once the page has painted. Next's chunk tags
 * (`<script src async>`) and its low-priority preloads of them are taken out of the HTML; one small script of the
 * app's own (public/after-first-paint.js, async, named in the head) adds the same chunks, async as before:
 * - in a window narrower than WIDE_WINDOW_MIN_WIDTH, once the first paint is on screen (a PerformanceObserver's "paint"
 *   entry, queued after the frame is shown, or already buffered if the page painted before the loader ran), one chunk
 *   a task: adding a script starts its fetch there and then, and all nine at once made one long task (64-68 ms in
 *   Lighthouse's phone run) in the page's first second. The page's HTML, style sheet and fonts then have a slow
 *   connection to themselves until the first paint, instead of sharing it with about 150 KB of scripts that nothing
 *   on that paint needs (the map, the figures and the chart are drawn on the server);
 * - in a wider window, at once, and each chunk is preloaded from the head for such windows only (as the map engine
 *   is), so the live map is not held back where it starts without a touch.
 * Each added script carries the `async` attribute, as Next's tags did: React takes a chunk's script as loaded only if
 * it finds it by `script[async][src]`, and without the attribute it added three of each page's chunks again, which
 * the browser compiled and ran a second time (test/e2e/page-weight.spec.ts).
 * Scripts given any other way are untouched. Used by replay-memo.mjs on the pages every reader shares.
 */

/** Windows at least this wide load the map engine at once; narrower ones wait for a touch. */
export const WIDE_WINDOW_MIN_WIDTH = 1024;
const WIDE = `(min-width: ${WIDE_WINDOW_MIN_WIDTH}px)`;

const CHUNKS = '/_next/static/chunks/';
const CHUNK_SCRIPT = /<script src="\/_next\/static\/chunks\/([\w.-]+\.js)" async=""><\/script>/g;
const CHUNK_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/chunks\/([\w.-]+\.js)"\/>/g;

const preloads = (names) => names.map((n) => `<link rel="preload" as="script" fetchPriority="low" href="${CHUNKS}${n}" media="${WIDE}"/>`).join('');

/** The loader's tag: public/after-first-paint.js, with the chunks' names and the width that loads them at once. */
const loaderTag = (src, names) => `<script src="${src}" data-chunks="${names.join(' ')}" data-wide="${WIDE}" async=""></script>`;

/** A script preload of an ES module (the map engine's .mjs, preloaded by components/map/MapPreloads.tsx). */
const MODULE_PRELOAD = /<link rel="preload" (href="[^"]+\.mjs") as="script"((?: crossorigin="[^"]*")?(?: media="[^"]*")?(?: nonce="[^"]*")?)\/>/g;

/**
 * The page's preload of a module made a module preload. A module given to `import()` from a plain script preload is
 * compiled on the main thread when it is imported (the map engine: 56–115 ms here, where a page that loads it with a
 * script tag compiles it while it downloads); a module preload is compiled off the main thread as it streams in and
 * is waiting in the module map when the page imports it. React's preloadModule() takes no `media`, which keeps the
 * engine off phones, so the tag is rewritten here. Keeps the media, the crossorigin mode and a nonce.
 * @param {string} html
 * @returns {string}
 */
export function modulePreloads(html) {
  return html.replace(MODULE_PRELOAD, (tag, href, rest) => `<link rel="modulepreload" ${href}${rest}/>`);
}

/** The loader's address as pages name it: its bytes' hash in the query, so it may be cached for good. */
export const LOADER_PATH = '/after-first-paint.js';

/**
 * @param {string} html a page as Next rendered it
 * @param {string} loaderSrc the loader's address (LOADER_PATH with its hash, from replay-memo.mjs)
 * @returns {string} the same page with its chunks loaded as above (unchanged without chunk tags or a </head>)
 */
export function scriptsAfterFirstPaint(html, loaderSrc) {
  const names = [...new Set([...html.matchAll(CHUNK_SCRIPT)].map((m) => m[1]))];
  if (!names.length || !html.includes('</head>')) return html;
  const deferred = new Set(names);
  // In the head, where the tags were: in a wide window the chunks are added as early as Next had them.
  return html
    .replace(CHUNK_SCRIPT, '')
    .replace(CHUNK_PRELOAD, (tag, name) => (deferred.has(name) ? '' : tag))
    .replace('</head>', `${preloads(names)}${loaderTag(loaderSrc, names)}</head>`);
}
