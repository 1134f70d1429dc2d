/**
 * after-first-paint.mjs: a reader page's chunks leave the HTML's tags for one loader of the app's own
 * (public/after-first-paint.js) that adds them once the page has painted in a narrow window, and at once in a wide
 * one, where the head preloads them.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { LOADER_PATH, modulePreloads, scriptsAfterFirstPaint, WIDE_WINDOW_MIN_WIDTH } from '@/after-first-paint.mjs';
import { inlineScriptHashes } from '@/csp.mjs';

/** A page as Next 16 renders it: its real tags, with fewer chunks and shorter names. */
const NEXT_PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/runtime.js"/>',
  '<script src="/_next/static/chunks/react-dom.js" async=""></script>',
  '<script src="/_next/static/chunks/page.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<link rel="preload" href="/_next/static/media/maplibre-gl.mjs" as="script" crossorigin="" media="(min-width: 1024px)"/>',
  '</head><body><main>The map</main>',
  '<script src="/_next/static/chunks/runtime.js" async=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '</body></html>',
].join('');

const CHUNKS = ['/_next/static/chunks/react-dom.js', '/_next/static/chunks/page.js', '/_next/static/chunks/runtime.js'];
const WIDE = `(min-width: ${WIDE_WINDOW_MIN_WIDTH}px)`;
const LOADER = `${LOADER_PATH}?v=abc123`;

describe('scriptsAfterFirstPaint', () => {
  const out = scriptsAfterFirstPaint(NEXT_PAGE, LOADER);
  const head = out.slice(0, out.indexOf('</head>'));

  test('takes every async chunk tag and Next’s low-priority preload of them out of the HTML', () => {
    expect(out).not.toMatch(/<script src="[^"]*" async="">/);
    expect(out).not.toContain('<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/runtime.js"/>');
  });

  test('preloads each chunk for wide windows only, in the head', () => {
    for (const src of CHUNKS) expect(head).toContain(`<link rel="preload" as="script" fetchPriority="low" href="${src}" media="${WIDE}"/>`);
  });

  test('names the loader once, in the head, async, with every chunk once in their order and the width that loads them at once', () => {
    expect(head.match(/<script src="[^"]*after-first-paint[^>]*>/g)).toEqual([
      `<script src="${LOADER}" data-chunks="react-dom.js page.js runtime.js" data-wide="${WIDE}" async="">`,
    ]);
    expect(out.indexOf(LOADER)).toBe(out.lastIndexOf(LOADER));
  });

  test('leaves everything else as it was: the style sheet, the engine’s preload, the no-module script, the inline payload', () => {
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<link rel="preload" href="/_next/static/media/maplibre-gl.mjs" as="script" crossorigin="" media="(min-width: 1024px)"/>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
      '<main>The map</main>',
    ]) expect(out).toContain(kept);
  });

  test('adds no inline script: the page’s policy keeps the hashes it had', () => {
    expect(inlineScriptHashes(out)).toEqual(inlineScriptHashes(NEXT_PAGE));
  });

  test('a page without chunk tags, or without a head, is left byte for byte', () => {
    const plain = '<!DOCTYPE html><html><head></head><body><script>1</script></body></html>';
    expect(scriptsAfterFirstPaint(plain, LOADER)).toBe(plain);
    const headless = NEXT_PAGE.replace('</head>', '');
    expect(scriptsAfterFirstPaint(headless, LOADER)).toBe(headless);
  });
});

describe('modulePreloads', () => {
  test('makes the engine’s script preload a module preload, keeping its media and crossorigin mode', () => {
    const out = modulePreloads(NEXT_PAGE);
    expect(out).toContain('<link rel="modulepreload" href="/_next/static/media/maplibre-gl.mjs" crossorigin="" media="(min-width: 1024px)"/>');
    expect(out).not.toContain('as="script" crossorigin="" media');
  });

  test('the presenter’s (no media) and one with a nonce keep what they have', () => {
    expect(modulePreloads('<link rel="preload" href="/m/e.mjs" as="script" crossorigin=""/>')).toBe('<link rel="modulepreload" href="/m/e.mjs" crossorigin=""/>');
    expect(modulePreloads('<link rel="preload" href="/m/e.mjs" as="script" crossorigin="" nonce="abc"/>')).toBe('<link rel="modulepreload" href="/m/e.mjs" crossorigin="" nonce="abc"/>');
  });

  test('leaves classic scripts’ preloads (Next’s chunks) and every other tag alone', () => {
    const classic = '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/runtime.js"/><link rel="preload" href="/x.js" as="script"/>';
    expect(modulePreloads(classic)).toBe(classic);
    expect(modulePreloads(NEXT_PAGE).replace('rel="modulepreload"', 'rel="preload"').replace('crossorigin="" media', 'as="script" crossorigin="" media')).toBe(NEXT_PAGE);
  });
});

/**
 * public/after-first-paint.js run as a browser would: its tag's attributes, a window `wide` or not, and a paint observer
 * whose entry arrives when `paint()` is called. Returns the chunks' addresses in the head after each turn of the
 * timer queue.
 */
function runLoader(wide: boolean) {
  const head: string[] = [];
  const timers: (() => void)[] = [];
  let observed: (() => void) | null = null;
  const tag = { getAttribute: (name: string) => ({ 'data-chunks': 'a.js b.js c.js', 'data-wide': WIDE }[name] ?? null) };
  class Observer {
    static supportedEntryTypes = ['paint'];
    constructor(private readonly callback: (list: unknown, observer: Observer) => void) {}
    observe() { observed = () => this.callback({}, this); }
    disconnect() { observed = null; }
  }
  const document = {
    currentScript: tag,
    createElement: () => ({ src: '' }),
    head: { appendChild: (script: { src: string }) => head.push(script.src) },
  };
  const window: Record<string, unknown> = {
    document, PerformanceObserver: Observer,
    matchMedia: (query: string) => ({ matches: query === WIDE && wide }),
    setTimeout: (callback: () => void) => timers.push(callback),
  };
  window.window = window;
  runInNewContext(readFileSync('public/after-first-paint.js', 'utf8'), window, { filename: 'after-first-paint.js' });
  const turns = [[...head]];
  const tick = () => { const due = timers.splice(0); due.forEach((run) => run()); turns.push([...head]); };
  return { turns, tick, paint: () => observed?.() };
}

describe('public/after-first-paint.js', () => {
  const chunk = (name: string) => `/_next/static/chunks/${name}`;

  test('in a wide window adds every chunk at once, in their order (the head preloads them)', () => {
    const loader = runLoader(true);
    expect(loader.turns).toEqual([[chunk('a.js'), chunk('b.js'), chunk('c.js')]]);
  });

  test('in a narrow window adds nothing before the first paint, then one chunk a task', () => {
    const loader = runLoader(false);
    loader.tick();
    expect(loader.turns).toEqual([[], []]);
    loader.paint();
    loader.tick();
    loader.tick();
    loader.tick();
    expect(loader.turns.slice(2)).toEqual([[chunk('a.js')], [chunk('a.js'), chunk('b.js')], [chunk('a.js'), chunk('b.js'), chunk('c.js')]]);
  });
});
