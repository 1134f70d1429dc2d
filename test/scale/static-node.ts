/**
 * A minimal Node static server, the baseline for one app instance: every file of a folder held in memory with the
 * gzip and brotli copies beside it (NAME, NAME.gz, NAME.br), the copy the client accepts sent as is, nothing else.
 * Its own process: `node --import tsx test/scale/static-node.ts DIR PORT`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

interface Entry { identity: Buffer; gzip: Buffer | null; br: Buffer | null }

function load(folder: string): Map<string, Entry> {
  const files = new Map<string, Entry>();
  for (const name of readdirSync(folder)) {
    if (/\.(gz|br)$/.test(name)) continue;
    const file = path.join(folder, name);
    const copy = (suffix: string) => (existsSync(`${file}.${suffix}`) ? readFileSync(`${file}.${suffix}`) : null);
    files.set(`/${name === 'index.html' ? '' : name}`, { identity: readFileSync(file), gzip: copy('gz'), br: copy('br') });
  }
  return files;
}

const [folder, port] = process.argv.slice(2);
if (!folder || !port) {
  console.error('usage: node --import tsx test/scale/static-node.ts DIR PORT');
  process.exit(2);
}
const files = load(path.resolve(folder));

http.createServer((request, response) => {
  const entry = files.get((request.url ?? '/').split('?')[0]);
  if (!entry) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  const accepted = String(request.headers['accept-encoding'] ?? '');
  const [coding, body] = entry.br && /\bbr\b/.test(accepted) ? ['br', entry.br] : entry.gzip && /\bgzip\b/.test(accepted) ? ['gzip', entry.gzip] : [null, entry.identity];
  response.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
    Vary: 'Accept-Encoding',
    ...(coding ? { 'Content-Encoding': coding } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}).listen(Number(port), '127.0.0.1', () => console.log(`static on http://127.0.0.1:${port}`));
