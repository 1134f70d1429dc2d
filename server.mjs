/**
 * The production server: Next's own request handler behind a plain Node HTTP server, for one reason. Next answers
 * methods it cannot turn into a WHATWG Request (TRACE) with a 500 before any of the app's code runs; here they
 * get a 405 naming the methods the app answers.
 *   node server.mjs [--port 3000] [--host 0.0.0.0]   (or PORT / HOST in the environment)
 */
import { createServer } from 'node:http';
import next from 'next';

const argument = (name) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const port = Number(argument('port') ?? process.env.PORT ?? 3000);
const hostname = argument('host') ?? process.env.HOST ?? '0.0.0.0';
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

createServer((request, response) => {
  if (!METHODS.includes(request.method ?? '')) {
    response.writeHead(405, { Allow: METHODS.join(', '), 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify({ error: `The method ${String(request.method).slice(0, 20)} is not allowed; use one of ${METHODS.join(', ')}.` }));
    return;
  }
  handle(request, response);
}).listen(port, hostname, () => console.log(`Buildup Map ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`));
