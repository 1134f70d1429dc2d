/**
 * What the bench runs inside the pages it measures. Kept as plain JavaScript text, not functions: tsx
 * compiles functions with helpers (`__name`) that do not exist in the page.
 */

/** What `window.__bench` holds: `performance.now()` times, ms since the navigation started. */
export interface InPageMarks {
  fcp: number | null;
  idle: number | null;
  /** When the map's live canvas replaced the server-drawn map (`data-canvas="shown"`); the baseline has none. */
  canvasShown: number | null;
  error: number | null;
  /** Each top-level `[data-testid=map] svg`: when it appeared, the first animation frame after, its width and the map's. */
  svgs: Array<{ at: number; frame: number | null; duringParse: boolean; width: number; mapWidth: number }>;
  /** Layout shifts not caused by input: when, how much, and the elements that moved. */
  shifts: Array<{ at: number; value: number; sources: string[] }>;
  /** The HTML's first and last byte. */
  ttfb?: number;
  htmlLoaded?: number;
  /** The page's own resource timings (a worker's requests are not in them). */
  resources?: Array<{ name: string; startTime: number; responseEnd: number }>;
}

/**
 * Installed with `page.addInitScript`, before any of the page's own scripts: the first contentful paint, and
 * the moments the map contract changes (`data-map-state` becomes `idle` or `error`, an SVG appears in the map).
 */
export const INSTALL_MARKS = `(() => {
  const marks = { fcp: null, idle: null, canvasShown: null, error: null, svgs: [], shifts: [] };
  const seen = [];
  window.__bench = marks;
  window.__benchSvgs = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint' && marks.fcp === null) marks.fcp = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  // Layout shifts with the elements that moved, named by tag, id and classes.
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return node ? node.nodeName.toLowerCase() : 'unknown';
    const classes = typeof node.className === 'string' ? node.className.trim().split(/\\s+/).filter(Boolean) : [];
    return node.tagName.toLowerCase() + (node.id ? '#' + node.id : '') + classes.map((c) => '.' + c).join('');
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      marks.shifts.push({ at: entry.startTime, value: entry.value, sources: (entry.sources || []).map((s) => describe(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const check = () => {
    const map = document.querySelector('[data-testid="map"]');
    if (!map) return;
    const now = performance.now();
    for (const svg of map.querySelectorAll('svg')) {
      if (seen.includes(svg) || (svg.parentElement && svg.parentElement.closest('svg'))) continue;
      const mark = { at: now, frame: null, duringParse: document.readyState === 'loading', width: 0, mapWidth: 0 };
      seen.push(svg);
      marks.svgs.push(mark);
      requestAnimationFrame(() => {
        mark.frame = performance.now();
        mark.width = svg.getBoundingClientRect().width;
        mark.mapWidth = map.getBoundingClientRect().width;
      });
    }
    const state = map.getAttribute('data-map-state');
    if (state === 'idle' && marks.idle === null) marks.idle = now;
    if (state === 'error' && marks.error === null) marks.error = now;
    if (map.getAttribute('data-canvas') === 'shown' && marks.canvasShown === null) marks.canvasShown = now;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-state', 'data-canvas'] });
})();`;

/** Evaluated once the map is idle: the marks, with each SVG's current width next to the map's. */
export const READ_MARKS = `(() => {
  const marks = window.__bench;
  const map = document.querySelector('[data-testid="map"]');
  const mapWidth = map ? map.getBoundingClientRect().width : 0;
  (window.__benchSvgs || []).forEach((svg, i) => {
    // Its size when first drawn, or now if larger (a hydration may have replaced the element since).
    const width = svg.isConnected ? svg.getBoundingClientRect().width : 0;
    if (width > marks.svgs[i].width) { marks.svgs[i].width = width; marks.svgs[i].mapWidth = mapWidth; }
  });
  const nav = performance.getEntriesByType('navigation')[0];
  if (nav) { marks.ttfb = nav.responseStart; marks.htmlLoaded = nav.responseEnd; }
  marks.resources = performance.getEntriesByType('resource').map((e) => ({ name: e.name, startTime: e.startTime, responseEnd: e.responseEnd }));
  return JSON.parse(JSON.stringify(marks));
})()`;

/**
 * Evaluated with the navigation's HTML as `html`: what the HTML itself asks for and holds, parsed without
 * running it. Script URLs are resolved against the page's address; scripts a modern browser skips are left out.
 */
export const PARSE_HTML = `(html) => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const urls = [];
  const add = (value) => { if (value) urls.push(new URL(value, location.href).href); };
  // Modern browsers skip nomodule scripts (legacy polyfills) and scripts of a data type.
  const runs = (el) => !el.hasAttribute('nomodule') && ['', 'module', 'text/javascript', 'application/javascript'].includes((el.getAttribute('type') || '').trim().toLowerCase());
  doc.querySelectorAll('script[src]').forEach((el) => { if (runs(el)) add(el.getAttribute('src')); });
  doc.querySelectorAll('link[rel~="modulepreload"][href]').forEach((el) => add(el.getAttribute('href')));
  doc.querySelectorAll('link[rel~="preload"][as="script"][href]').forEach((el) => add(el.getAttribute('href')));
  return { scripts: [...new Set(urls)], mapSvgInHtml: doc.querySelector('[data-testid="map"] svg') !== null };
}`;
