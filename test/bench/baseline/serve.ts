/**
 * A tiny static file server for the baseline page, gzipping what compresses like a real server would
 * (zlib level 6, as Next's own compression does). Run as its own process: `node --import tsx serve.ts DIR PORT`.
 */
import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.geojson', '.json', '.svg']);

interface Entry { body: Buffer; gzip: Buffer | null; type: string; etag: string }

export function createStaticServer(root: string): http.Server {
  const cache = new Map<string, Entry>();
  const load = (file: string): Entry | null => {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return null;
    }
    if (!stat.isFile()) return null;
    const etag = `"${stat.size}-${Math.round(stat.mtimeMs)}"`;
    const hit = cache.get(file);
    if (hit?.etag === etag) return hit;
    const ext = path.extname(file);
    const body = readFileSync(file);
    const entry = { body, gzip: COMPRESSIBLE.has(ext) ? gzipSync(body as Uint8Array, { level: 6 }) : null, type: TYPES[ext] ?? 'application/octet-stream', etag };
    cache.set(file, entry);
    return entry;
  };

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const rel = decodeURIComponent(url.pathname).replace(/\/$/, '/index.html');
    const file = path.join(root, path.normalize(rel));
    const entry = file.startsWith(root + path.sep) && (req.method === 'GET' || req.method === 'HEAD') ? load(file) : null;
    if (!entry) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? entry.gzip : null;
    const body = gzip ?? entry.body;
    res.writeHead(200, {
      'Content-Type': entry.type,
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      ETag: entry.etag,
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

if (require.main === module) {
  const [root, port] = process.argv.slice(2);
  if (!root || !port) {
    console.error('usage: node --import tsx serve.ts DIR PORT');
    process.exit(2);
  }
  createStaticServer(path.resolve(root)).listen(Number(port), '127.0.0.1', () => console.log(`baseline on http://127.0.0.1:${port}`));
}
