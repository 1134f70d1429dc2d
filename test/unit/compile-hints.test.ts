/**
 * scripts/compile-hints.mjs: the scripts a page starts with carry V8's file-wide compile hint, once, and their
 * source maps still point at the right lines.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { entryFilesOf, sourceMapPathOf, startupScripts, withCompileHint } from '../../scripts/compile-hints.mjs';

describe('withCompileHint', () => {
  test('puts the hint on the first line, once', () => {
    const once = withCompileHint('(globalThis.TURBOPACK||[]).push([1])');
    expect(once.script).toBe('//# allFunctionsCalledOnLoad\n(globalThis.TURBOPACK||[]).push([1])');
    expect(withCompileHint(once.script).script).toBe(once.script);
  });

  test('moves the source map down by the line it adds, and only then', () => {
    const map = JSON.stringify({ version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA;AACA' });
    const { script, sourceMap } = withCompileHint('a;\nb;', map);
    expect(JSON.parse(sourceMap!).mappings).toBe(';AAAA;AACA');
    expect(JSON.parse(sourceMap!).sources).toEqual(['a.ts']);
    expect(withCompileHint(script, sourceMap).sourceMap).toBe(sourceMap);
  });
});

describe('sourceMapPathOf', () => {
  test('follows the map the script names, which Turbopack names after another hash than the script’s', () => {
    expect(sourceMapPathOf('.next/static/chunks/1be4.js', 'a();\n//# sourceMappingURL=2_fp.js.map\n')).toBe('.next/static/chunks/2_fp.js.map');
    expect(sourceMapPathOf('.next/static/chunks/a.js', 'a();\n//# sourceMappingURL=../maps/a%20b.js.map')).toBe('.next/static/maps/a b.js.map');
  });

  test('none for a script without a map, or with its map inline', () => {
    expect(sourceMapPathOf('c/a.js', 'a();')).toBeNull();
    expect(sourceMapPathOf('c/a.js', 'a();\n//# sourceMappingURL=data:application/json;base64,e30=')).toBeNull();
  });
});

describe('startupScripts', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'compile-hints-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the build’s root files and every page’s entry files, each once; not the style sheets or chunks loaded on demand', () => {
    writeFileSync(path.join(dir, 'build-manifest.json'), JSON.stringify({ rootMainFiles: ['static/chunks/react-dom.js', 'static/chunks/turbopack-1.js'] }));
    mkdirSync(path.join(dir, 'server', 'app', 'embed'), { recursive: true });
    const manifest = (entries: object) => `globalThis.__RSC_MANIFEST=(globalThis.__RSC_MANIFEST||{});globalThis.__RSC_MANIFEST["/page"]={"moduleLoading":{"prefix":""},"clientModules":{"x":{"chunks":["static/chunks/on-demand.js"]}},"entryCSSFiles":{"[project]/app/page":[{"path":"static/chunks/a.css"}]},"entryJSFiles":${JSON.stringify(entries)}};`;
    writeFileSync(path.join(dir, 'server', 'app', 'page_client-reference-manifest.js'), manifest({ '[project]/app/layout': ['static/chunks/layout.js'], '[project]/app/page': ['static/chunks/layout.js', 'static/chunks/page.js'] }));
    writeFileSync(path.join(dir, 'server', 'app', 'embed', 'page_client-reference-manifest.js'), manifest({ '[project]/app/embed/page': ['static/chunks/embed.js', 'static/chunks/react-dom.js'] }));
    expect(startupScripts(dir).sort()).toEqual(['static/chunks/embed.js', 'static/chunks/layout.js', 'static/chunks/page.js', 'static/chunks/react-dom.js', 'static/chunks/turbopack-1.js']);
  });

  test('reads entryJSFiles as Next 16 writes them', () => {
    expect(entryFilesOf('{"entryJSFiles":{"[project]/app/page":["static/chunks/p.js"]}}')).toEqual(['static/chunks/p.js']);
    expect(entryFilesOf('{"entryCSSFiles":{}}')).toEqual([]);
  });
});
