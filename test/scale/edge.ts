/**
 * The edge as deployed: deploy/nginx.conf itself, with this run's values in place of the three that are a
 * machine's own (the app's folder, the upstream instances, the port), and nginx started on it in a prefix folder of
 * its own; and a second, minimal nginx of the same worker settings serving files from a folder (the baseline).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../support/process-group';
import { type Group, ROOT, startGroup, temporaryFolder, waitForAnswer } from './processes';

export const EDGE_CONFIG = path.join(ROOT, 'deploy', 'nginx.conf');
const APP_FOLDER = '/srv/buildup-map';

export interface Nginx {
  name: string;
  port: number;
  origin: string;
  prefix: string;
  config: string;
  group: Group;
  /** The lines of nginx's error log so far (why it answered 502, say). */
  errorLog: () => string[];
  stop: () => Promise<void>;
}

/** The brotli module the config loads, and whether this machine has it. */
export function brotliModule(config: string): { file: string | null; present: boolean } {
  const file = /^\s*load_module\s+(\S*brotli\S*)\s*;/m.exec(config)?.[1] ?? null;
  return { file, present: file !== null && existsSync(file) };
}

/** Without the module: its load_module and brotli_static lines left out (nginx would refuse the file). */
export const withoutBrotli = (config: string) => config.split('\n').filter((line) => !/^\s*(load_module\s+\S*brotli|brotli_static\b)/.test(line)).join('\n');

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`));
  if (!matches || matches.length !== 1) throw new Error(`deploy/nginx.conf: expected exactly one ${what} (${pattern}), found ${matches?.length ?? 0}`);
  return text.replace(pattern, replacement);
}

/**
 * deploy/nginx.conf with this run's values: the app folder → this checkout, the upstream's `server` lines → one per
 * instance (each with the file's own parameters), `listen 8080` → a free port on loopback.
 */
export function edgeConfig(source: string, { root, instancePorts, port }: { root: string; instancePorts: number[]; port: number }): string {
  if (!source.includes(APP_FOLDER)) throw new Error(`deploy/nginx.conf no longer names the app folder ${APP_FOLDER}`);
  let config = source.split(APP_FOLDER).join(root);
  const serverLine = /^(\s*)server\s+127\.0\.0\.1:\d+(\s[^;]*)?;\n/gm;
  const lines = [...config.matchAll(serverLine)];
  if (lines.length === 0) throw new Error('deploy/nginx.conf: no upstream `server 127.0.0.1:PORT …;` line to replace');
  const [indent, parameters] = [lines[0][1], lines[0][2] ?? ''];
  const replacement = instancePorts.map((p) => `${indent}server 127.0.0.1:${p}${parameters};\n`).join('');
  let first = true;
  config = config.replace(serverLine, () => {
    const text = first ? replacement : '';
    first = false;
    return text;
  });
  return replaceOnce(config, /^(\s*)listen\s+8080\b/m, `$1listen 127.0.0.1:${port}`, '`listen 8080`');
}

/**
 * A static server of the same worker settings as the edge (worker processes, connections, sendfile, keepalive, no
 * access log, the same precompressed-file modules): `location /` from `folder`, every file as `type`.
 */
export function staticConfig({ folder, port, type, brotli }: { folder: string; port: number; type: string; brotli: boolean }): string {
  return `${brotli ? 'load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;\n' : ''}worker_processes auto;
error_log logs/error.log warn;
events {
  worker_connections 4096;
}
http {
  default_type ${JSON.stringify(type)};
  server_tokens off;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65s;
  keepalive_requests 100000;
  client_body_temp_path tmp/body;
  proxy_temp_path tmp/proxy;
  fastcgi_temp_path tmp/fastcgi;
  uwsgi_temp_path tmp/uwsgi;
  scgi_temp_path tmp/scgi;
  server {
    listen 127.0.0.1:${port} reuseport;
    server_name _;
    location / {
      root ${folder};
      gzip_static on;
      ${brotli ? 'brotli_static on;' : ''}
    }
  }
}
`;
}

/**
 * Starts nginx on `config` in a prefix folder of its own (logs/, tmp/; its cache goes there too):
 * `nginx -p DIR -c DIR/nginx.conf -g 'daemon off; pid DIR/nginx.pid;'`, in its own process group. The folder is
 * readable by nginx's workers, which run as nobody when nginx is started as root.
 */
export async function startNginx(name: string, config: string, port: number, readyPath = '/'): Promise<Nginx> {
  const prefix = temporaryFolder(name);
  mkdirSync(path.join(prefix, 'logs'));
  mkdirSync(path.join(prefix, 'tmp'));
  chmodSync(prefix, 0o755);
  chmodSync(path.join(prefix, 'tmp'), 0o755);
  const file = path.join(prefix, 'nginx.conf');
  writeFileSync(file, config);
  const args = ['-p', `${prefix}/`, '-c', file, '-e', path.join(prefix, 'logs', 'error.log'), '-g', `daemon off; pid ${path.join(prefix, 'nginx.pid')};`];
  try {
    execFileSync('nginx', [...args, '-t', '-q'], { stdio: 'pipe' });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '');
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx -t refused the ${name} configuration:\n${stderr}`);
  }
  const group = startGroup(name, 'nginx', args);
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await group.stop(5000);
    rmSync(prefix, { recursive: true, force: true });
  };
  try {
    await waitForAnswer(group, origin + readyPath, 20_000, (status) => status < 500);
  } catch (error) {
    const errors = existsSync(path.join(prefix, 'logs', 'error.log')) ? readFileSync(path.join(prefix, 'logs', 'error.log'), 'utf8') : '';
    await stop();
    throw new Error(`${(error as Error).message}\n${errors}`);
  }
  const errorLog = () => {
    const file = path.join(prefix, 'logs', 'error.log');
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  };
  return { name, port, origin, prefix, config: file, group, errorLog, stop };
}

/** The edge in front of the instances; says whether brotli had to be left out. */
export async function startEdge(instancePorts: number[]): Promise<{ edge: Nginx; brotli: boolean; note: string | null }> {
  const port = await freePort();
  let config = edgeConfig(readFileSync(EDGE_CONFIG, 'utf8'), { root: ROOT, instancePorts, port });
  const brotliFile = brotliModule(config);
  let note: string | null = null;
  if (!brotliFile.present) {
    config = withoutBrotli(config);
    note = `nginx's brotli module (${brotliFile.file ?? 'no load_module line'}) is missing: its load_module and brotli_static lines were left out (apt-get install libnginx-mod-http-brotli-static)`;
  }
  const edge = await startNginx('edge', config, port, '/api/buildup');
  return { edge, brotli: brotliFile.present, note };
}
