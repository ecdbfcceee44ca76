// A tiny static file server for the combined docs site (make run serves docs-site/ on 8089; the docs
// test serves it too): GET and HEAD of the files under one folder, with the viewer's CSP. It also
// forwards GET and HEAD under /services/<name>/ to that service (the site's documents name
// /services/<name> as their server, docs-site.ts), so "Try it out" on the site reaches the services
// from the page's own origin: connect-src 'self' holds, and no service needs CORS for it.
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { DOCS_CSP } from '@aqs/servicelib';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** The prefix the site's documents give each service as its server. */
export const servicePrefix = (name: string) => `/services/${name}`;

function forward(req: IncomingMessage, res: ServerResponse, origin: string, path: string): void {
  // origin + path, never a URL resolved against origin: `//other.host/x` would leave it (an open proxy).
  const to = new URL(origin + (path.startsWith('/') ? path : `/${path}`));
  if (to.origin !== new URL(origin).origin) {
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end('docs site: that path does not stay on the service\n');
    return;
  }
  const send = to.protocol === 'https:' ? httpsRequest : httpRequest;
  const upstream = send(to, { method: req.method, headers: { accept: req.headers.accept ?? '*/*' } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
    answer.pipe(res);
  });
  upstream.on('error', (err) => {
    if (res.headersSent) return res.destroy();
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`docs site: the service at ${origin} did not answer (${err.message}); make run starts it\n`);
  });
  upstream.end();
}

/** `services`: service name → origin (http://localhost:8090) the site's "Try it out" reaches. */
export function staticServer(root: string, services: Readonly<Record<string, string>> = {}): Server {
  return createServer((req, res) => {
    const send = (status: number, type: string, body: Buffer | string) => {
      res.writeHead(status, { 'content-type': type, 'content-security-policy': DOCS_CSP, 'x-content-type-options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed\n');
    const raw = req.url ?? '/';
    const service = /^\/services\/([^/?]+)(\/[^]*)$/.exec(raw);
    if (service) {
      const origin = services[service[1]!];
      if (!origin) return send(404, 'text/plain', `docs site: no service ${service[1]} to forward to\n`);
      return forward(req, res, origin, service[2]!);
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(raw, 'http://x').pathname);
    } catch {
      return send(400, 'text/plain', 'bad path\n');
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root + '/'))) return send(404, 'text/plain', 'not found\n');
    readFile(file).then(
      (body) => send(200, TYPES[extname(file)] ?? 'application/octet-stream', body),
      () => send(404, 'text/plain', 'not found\n'),
    );
  });
}
