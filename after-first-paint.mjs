/**
 * On a phone, the reader pages' scripts start loading once the page has painted. Next's chunk tags
 * (`<script src async>`) and its low-priority preloads of them are taken out of the HTML; one small inline script
 * adds the same chunks, async as before:
 * - in a window narrower than WIDE_WINDOW_MIN_WIDTH, after the first frame. The page's HTML, style sheet and fonts
 *   then have a slow connection to themselves until the first paint, instead of sharing it with about 150 KB of
 *   scripts that nothing on that paint needs (the map, the figures and the chart are drawn on the server);
 * - in a wider window, at once, and each chunk is preloaded from the head for such windows only (as the map engine
 *   is), so the live map is not held back where it starts without a touch.
 * Scripts given any other way are untouched. Used by replay-memo.mjs on the pages every reader shares.
 */

/** Windows at least this wide load the map engine at once; narrower ones wait for a touch. */
export const WIDE_WINDOW_MIN_WIDTH = 1024;
const WIDE = `(min-width: ${WIDE_WINDOW_MIN_WIDTH}px)`;

const CHUNK_SCRIPT = /<script src="(\/_next\/static\/chunks\/[\w.-]+\.js)" async=""><\/script>/g;
const CHUNK_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="(\/_next\/static\/chunks\/[\w.-]+\.js)"\/>/g;

const preloads = (sources) => sources.map((s) => `<link rel="preload" as="script" fetchPriority="low" href="${s}" media="${WIDE}"/>`).join('');

const loader = (sources) => '<script>(function(){'
  + `function add(){${JSON.stringify(sources)}.forEach(function(s){var e=document.createElement("script");e.src=s;e.async=true;document.head.appendChild(e)})}`
  + `if(matchMedia(${JSON.stringify(WIDE)}).matches)add();else requestAnimationFrame(function(){setTimeout(add)})`
  + '})()</script>';

/**
 * @param {string} html a page as Next rendered it
 * @returns {string} the same page with its chunks loaded as above (unchanged without chunk tags or a </head>)
 */
export function scriptsAfterFirstPaint(html) {
  const sources = [...new Set([...html.matchAll(CHUNK_SCRIPT)].map((m) => m[1]))];
  if (!sources.length || !html.includes('</head>')) return html;
  const deferred = new Set(sources);
  // In the head, where the tags were: in a wide window the chunks are added as early as Next had them.
  return html
    .replace(CHUNK_SCRIPT, '')
    .replace(CHUNK_PRELOAD, (tag, src) => (deferred.has(src) ? '' : tag))
    .replace('</head>', `${preloads(sources)}${loader(sources)}</head>`);
}
