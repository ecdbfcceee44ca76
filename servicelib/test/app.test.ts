// servicelib's middleware composed into an app the way a service composes them: routing with
// validated parameters and injected dependencies, problems for every error, the request timeout,
// conditional GET, the system routes and the metrics.
import { expect } from 'chai';
import Koa from 'koa';
import { z } from 'zod';
import {
  commonHeaders,
  conditionalGet,
  declaredRoutes,
  healthz,
  jsonDocument,
  metricsPage,
  observeRequests,
  problemErrors,
  requestId,
} from '../src/middleware/index.js';
import { createHttpMetrics, createRegistry } from '../src/metrics.js';
import { HttpProblem, renderRfc7807 } from '../src/problem.js';
import { defineRoute } from '../src/routes.js';
import { gate, memoryLogger, rawRequest, serve } from './helpers.js';

interface Deps {
  greeting: string;
  /** Resolves once a `slow` request is in its handler; the handler then waits for `release`. */
  slow: ReturnType<typeof gate>;
}

const echo = defineRoute({
  method: 'get',
  path: '/things/{kind}/{the-name}',
  operationId: 'getThing',
  summary: 'Echo a thing',
  params: z.object({ kind: z.enum(['a', 'b']), 'the-name': z.string().describe('A name').meta({ example: 'x' }) }),
  response: z.object({ kind: z.string(), name: z.string(), greeting: z.string() }),
  errors: { 400: 'Bad kind' },
  handler: async (p, deps: Deps, ctx) => {
    if (p['the-name'] === 'teapot') throw new HttpProblem({ status: 418, detail: 'short and stout' });
    if (p['the-name'] === 'crash') throw new Error('boom with secrets');
    if (p['the-name'] === 'slow') await deps.slow.enter();
    if (p['the-name'] === 'tagged') ctx.set('etag', '"v1"');
    return { kind: p.kind, name: p['the-name'], greeting: deps.greeting };
  },
});

const BUILD = { version: '1.2.3', build_date: '2026-01-01T00:00:00Z', build_host: 'builder' };

export function testApp(timeoutMs: number, slow = gate()) {
  const log = memoryLogger();
  const registry = createRegistry({ defaultMetrics: false });
  const app = new Koa();
  app.silent = true;
  app.use(commonHeaders({ 'x-common': 'yes' }));
  app.use(requestId());
  app.use(observeRequests(createHttpMetrics(registry).requestDuration));
  app.use(problemErrors({ render: renderRfc7807, logger: log.logger, notFoundDetail: 'Invalid route' }));
  app.use(conditionalGet());
  app.use(healthz('svc', BUILD));
  app.use(jsonDocument(['/svc/api-spec.json', '/other/api-spec.json'], { openapi: '3.1.0' }));
  app.use(metricsPage('/admin/metrics', registry));
  app.use(declaredRoutes<Deps>({ prefix: '/base', routes: [echo], deps: { greeting: 'hi', slow }, timeoutMs }));
  return { app, log, slow };
}

describe('servicelib middleware composed into an app', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let built: ReturnType<typeof testApp>;
  before(async () => {
    built = testApp(150);
    server = await serve(built.app);
  });
  after(async () => {
    built.slow.release();
    await server.close();
  });

  it('routes under the prefix with decoded parameters and the injected dependencies', async () => {
    const res = await fetch(`${server.url}/base/things/a/x%2Fy%20z`);
    expect(res.status).to.equal(200);
    expect(await res.json()).to.deep.equal({ kind: 'a', name: 'x/y z', greeting: 'hi' });
    expect(res.headers.get('x-common')).to.equal('yes');
    expect(res.headers.get('x-request-id')).to.match(/^[0-9a-f-]{36}$/);
  });
  it('echoes an incoming x-request-id', async () => {
    const res = await fetch(`${server.url}/base/things/a/x`, { headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers.get('x-request-id')).to.equal('abc-123');
  });
  it('answers a parameter that fails its schema with a 400 problem', async () => {
    const res = await fetch(`${server.url}/base/things/c/x`);
    expect(res.status).to.equal(400);
    expect(res.headers.get('content-type')).to.equal('application/problem+json');
    expect(res.headers.get('x-common')).to.equal('yes');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).to.include({ type: 'about:blank', title: 'Bad Request', status: 400, instance: '/base/things/c/x' });
    expect(body.detail).to.contain('kind');
  });
  it('renders a thrown HttpProblem', async () => {
    const res = await fetch(`${server.url}/base/things/a/teapot`);
    expect(res.status).to.equal(418);
    expect(await res.json()).to.deep.include({ status: 418, detail: 'short and stout' });
  });
  it('turns an unexpected error into a 500 problem without leaking its text, and logs it', async () => {
    const res = await fetch(`${server.url}/base/things/a/crash`);
    expect(res.status).to.equal(500);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.detail).to.equal('Internal server error');
    expect(JSON.stringify(body)).to.not.contain('secrets');
    expect(built.log.lines().some((l) => (l.log as { level: string }).level === 'ERROR')).to.equal(true);
  });
  it('answers a handler that outlives the request timeout with a 503 problem', async () => {
    // The handler is held until the test ends: it can only finish after the timeout has answered.
    const res = await fetch(`${server.url}/base/things/a/slow`);
    expect(res.status).to.equal(503);
    expect(res.headers.get('content-type')).to.equal('application/problem+json');
    expect(built.log.lines().some((l) => String(l.message).startsWith('request timed out after 150 ms'))).to.equal(true);
  });
  it('answers an unknown route with a 404 problem', async () => {
    const res = await fetch(`${server.url}/nope`);
    expect(res.status).to.equal(404);
    expect(await res.json()).to.deep.include({ status: 404, detail: 'Invalid route' });
    expect(res.headers.get('x-common')).to.equal('yes');
  });
  it('answers a wrong method with a 405 problem and an Allow header', async () => {
    const res = await fetch(`${server.url}/base/things/a/x`, { method: 'POST' });
    expect(res.status).to.equal(405);
    expect(res.headers.get('allow')).to.equal('HEAD, GET, OPTIONS');
    expect(res.headers.get('content-type')).to.equal('application/problem+json');
  });
  for (const method of ['TRACE', 'PROPFIND', 'QUERY']) {
    for (const path of ['/base/things/a/x', '/healthz', '/admin/metrics', '/svc/api-spec.json']) {
      it(`answers ${method} ${path} with a 405 problem+json and Allow, never a plain-text 501`, async () => {
        const res = await rawRequest(server.port, method, path);
        expect(res.status).to.equal(405);
        expect(res.headers['content-type']).to.equal('application/problem+json');
        expect(res.headers.allow).to.contain('GET');
        expect(JSON.parse(res.body)).to.deep.include({ status: 405, detail: `Method ${method} is not allowed here` });
      });
    }
  }
  it('answers HEAD like GET without a body', async () => {
    const res = await fetch(`${server.url}/base/things/b/x`, { method: 'HEAD' });
    expect(res.status).to.equal(200);
    expect(await res.text()).to.equal('');
  });
  it('answers a matching If-None-Match with a 304 and no body (conditional GET)', async () => {
    const first = await fetch(`${server.url}/base/things/a/tagged`);
    expect(first.headers.get('etag')).to.equal('"v1"');
    for (const header of ['"v1"', 'W/"v1"', '"other", "v1"', '*']) {
      const res = await fetch(`${server.url}/base/things/a/tagged`, { headers: { 'if-none-match': header } });
      expect(res.status, header).to.equal(304);
      expect(await res.text()).to.equal('');
      expect(res.headers.get('etag')).to.equal('"v1"');
    }
    for (const header of ['"v2"', 'v1']) {
      expect((await fetch(`${server.url}/base/things/a/tagged`, { headers: { 'if-none-match': header } })).status, header).to.equal(200);
    }
  });
  it('answers If-None-Match alone: a matching etag is a 304 even beside If-Modified-Since', async () => {
    const res = await fetch(`${server.url}/base/things/a/tagged`, { headers: { 'if-none-match': '"v1"', 'if-modified-since': 'Thu, 01 Jan 2099 00:00:00 GMT' } });
    expect(res.status).to.equal(304);
  });
  it('never turns a response without an etag into a 304 (If-None-Match: * on /healthz)', async () => {
    const res = await fetch(`${server.url}/healthz`, { headers: { 'if-none-match': '*' } });
    expect(res.status).to.equal(200);
  });
  it('matches the system routes as the router did: any case, a trailing slash allowed', async () => {
    for (const path of ['/healthz/', '/HEALTHZ', '/admin/metrics/', '/SVC/api-spec.json']) {
      expect((await fetch(server.url + path)).status, path).to.equal(200);
    }
  });
  it('serves /healthz with service, version, build date and host', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).to.equal(200);
    expect(await res.json()).to.deep.include({ service: 'svc', ...BUILD });
  });
  it('serves a JSON document at each of its paths', async () => {
    for (const path of ['/svc/api-spec.json', '/other/api-spec.json']) {
      const res = await fetch(server.url + path);
      expect(res.status).to.equal(200);
      expect(await res.json()).to.deep.equal({ openapi: '3.1.0' });
    }
  });
  it('counts requests by route pattern, method and status at the metrics path', async () => {
    await fetch(`${server.url}/base/things/a/x`);
    const text = await (await fetch(`${server.url}/admin/metrics`)).text();
    expect(text).to.match(/http_request_duration_seconds_count\{route="\/base\/things\/\{kind\}\/\{the-name\}",method="GET",code="200"\} [1-9]/);
    expect(text).to.match(/http_request_duration_seconds_count\{route="unmatched",method="GET",code="404"\} [1-9]/);
    expect(text).to.not.contain('/things/a/x"');
  });
});

describe('graceful close', () => {
  it('lets an in-flight request finish, then runs the closers', async () => {
    const closed: string[] = [];
    const { app, slow } = testApp(5000);
    const server = await serve(app, [async () => void closed.push('pool')]);
    const inFlight = fetch(`${server.url}/base/things/a/slow`);
    await slow.entered;
    const closing = server.close();
    slow.release();
    const res = await inFlight;
    expect(res.status).to.equal(200);
    await closing;
    expect(closed).to.deep.equal(['pool']);
    let refused = false;
    await fetch(`${server.url}/healthz`).catch(() => (refused = true));
    expect(refused).to.equal(true);
  });
});
