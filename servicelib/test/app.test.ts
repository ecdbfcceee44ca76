import { expect } from 'chai';
import { z } from 'zod';
import { createServiceApp, type ServiceAppOptions } from '../src/app.js';
import { createHttpMetrics } from '../src/metrics.js';
import { HttpProblem } from '../src/problem.js';
import { defineRoute, toRouterPath } from '../src/routes.js';
import { buildOpenApi } from '../src/openapi.js';
import { memoryLogger, serve } from './helpers.js';

const echo = defineRoute({
  method: 'get',
  path: '/things/{kind}/{the-name}',
  operationId: 'getThing',
  summary: 'Echo a thing',
  params: z.object({ kind: z.enum(['a', 'b']), 'the-name': z.string().describe('A name').meta({ example: 'x' }) }),
  response: z.object({ kind: z.string(), name: z.string() }),
  errors: { 400: 'Bad kind' },
  handler: async (p) => {
    if (p['the-name'] === 'teapot') throw new HttpProblem({ status: 418, detail: 'short and stout' });
    if (p['the-name'] === 'crash') throw new Error('boom with secrets');
    if (p['the-name'] === 'slow') await new Promise((r) => setTimeout(r, 400));
    return { kind: p.kind, name: p['the-name'] };
  },
});

function options(over: Partial<ServiceAppOptions> = {}) {
  const log = memoryLogger();
  const opts: ServiceAppOptions = {
    serviceName: 'svc',
    specPrefix: 'svc',
    build: { version: '1.2.3', build_date: '2026-01-01T00:00:00Z', build_host: 'builder' },
    logger: log.logger,
    metrics: createHttpMetrics({ defaultMetrics: false }),
    metricsPath: '/admin/metrics',
    apiSpec: { openapi: '3.1.0' },
    routes: [echo],
    commonHeaders: { 'x-common': 'yes' },
    requestTimeoutMs: 150,
    ...over,
  };
  return { opts, log };
}

describe('service app factory', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let log: ReturnType<typeof memoryLogger>;
  before(async () => {
    const built = options();
    log = built.log;
    server = await serve(createServiceApp(built.opts));
  });
  after(() => server.close());

  it('routes with decoded parameters and sends the handler body', async () => {
    const res = await fetch(`${server.url}/things/a/x%2Fy%20z`);
    expect(res.status).to.equal(200);
    expect(await res.json()).to.deep.equal({ kind: 'a', name: 'x/y z' });
    expect(res.headers.get('x-common')).to.equal('yes');
    expect(res.headers.get('x-request-id')).to.match(/^[0-9a-f-]{36}$/);
  });
  it('echoes an incoming x-request-id', async () => {
    const res = await fetch(`${server.url}/things/a/x`, { headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers.get('x-request-id')).to.equal('abc-123');
  });
  it('answers a parameter that fails its schema with a 400 problem', async () => {
    const res = await fetch(`${server.url}/things/c/x`);
    expect(res.status).to.equal(400);
    expect(res.headers.get('content-type')).to.equal('application/problem+json');
    expect(res.headers.get('x-common')).to.equal('yes');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).to.include({ type: 'about:blank', title: 'Bad Request', status: 400, instance: '/things/c/x' });
    expect(body.detail).to.contain('kind');
  });
  it('renders a thrown HttpProblem', async () => {
    const res = await fetch(`${server.url}/things/a/teapot`);
    expect(res.status).to.equal(418);
    expect(await res.json()).to.deep.include({ status: 418, detail: 'short and stout' });
  });
  it('turns an unexpected error into a 500 problem without leaking its text, and logs it', async () => {
    const res = await fetch(`${server.url}/things/a/crash`);
    expect(res.status).to.equal(500);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.detail).to.equal('Internal server error');
    expect(JSON.stringify(body)).to.not.contain('secrets');
    expect(log.lines().some((l) => (l.log as { level: string }).level === 'ERROR')).to.equal(true);
  });
  it('answers a handler slower than the request timeout with a 503 problem', async () => {
    const res = await fetch(`${server.url}/things/a/slow`);
    expect(res.status).to.equal(503);
    expect(res.headers.get('content-type')).to.equal('application/problem+json');
  });
  it('answers an unknown route with a 404 problem', async () => {
    const res = await fetch(`${server.url}/nope`);
    expect(res.status).to.equal(404);
    expect(await res.json()).to.deep.include({ status: 404, detail: 'Invalid route' });
    expect(res.headers.get('x-common')).to.equal('yes');
  });
  it('answers a wrong method with a 405 problem and an Allow header', async () => {
    const res = await fetch(`${server.url}/things/a/x`, { method: 'POST' });
    expect(res.status).to.equal(405);
    expect(res.headers.get('allow')).to.contain('GET');
    expect(res.headers.get('content-type')).to.equal('application/problem+json');
  });
  it('answers OPTIONS on any path with 200, no body and the common headers', async () => {
    const res = await fetch(`${server.url}/anything/at/all`, { method: 'OPTIONS' });
    expect(res.status).to.equal(200);
    expect(await res.text()).to.equal('');
    expect(res.headers.get('x-common')).to.equal('yes');
  });
  it('answers HEAD like GET without a body', async () => {
    const res = await fetch(`${server.url}/things/b/x`, { method: 'HEAD' });
    expect(res.status).to.equal(200);
    expect(await res.text()).to.equal('');
  });
  it('serves /healthz with service, version, build date and host', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).to.equal(200);
    expect(await res.json()).to.deep.include({ service: 'svc', version: '1.2.3', build_date: '2026-01-01T00:00:00Z', build_host: 'builder' });
  });
  it('serves the API spec at /<service>/api-spec.json', async () => {
    const res = await fetch(`${server.url}/svc/api-spec.json`);
    expect(res.status).to.equal(200);
    expect(await res.json()).to.deep.equal({ openapi: '3.1.0' });
  });
  it('counts requests by route pattern, method and status at the metrics path', async () => {
    await fetch(`${server.url}/things/a/x`);
    const text = await (await fetch(`${server.url}/admin/metrics`)).text();
    expect(text).to.match(/http_request_duration_seconds_count\{route="\/things\/\{kind\}\/\{the-name\}",method="GET",code="200"\} [1-9]/);
    expect(text).to.match(/http_request_duration_seconds_count\{route="unmatched",method="GET",code="404"\} [1-9]/);
    expect(text).to.not.contain('/things/a/x"');
  });
});

describe('graceful close', () => {
  it('lets an in-flight request finish, then runs the closers', async () => {
    const closed: string[] = [];
    const { opts } = options({ requestTimeoutMs: 5000 });
    const server = await serve(createServiceApp(opts), [async () => void closed.push('pool')]);
    const inFlight = fetch(`${server.url}/things/a/slow`);
    await new Promise((r) => setTimeout(r, 100));
    const closing = server.close();
    const res = await inFlight;
    expect(res.status).to.equal(200);
    await closing;
    expect(closed).to.deep.equal(['pool']);
    let refused = false;
    await fetch(`${server.url}/healthz`).catch(() => (refused = true));
    expect(refused).to.equal(true);
  });
});

describe('route declarations and OpenAPI', () => {
  it('maps templates to router paths, quoting names that are not identifiers', () => {
    expect(toRouterPath('/a/{b}/{c-d}')).to.equal('/a/:b/:"c-d"');
  });
  it('documents path parameters, enums, examples, the 200 schema and error responses', () => {
    const doc = buildOpenApi({ info: { title: 't', version: '1' }, routes: [echo], problemSchema: z.object({ status: z.number() }) }) as any;
    const op = doc.paths['/things/{kind}/{the-name}'].get;
    expect(op.operationId).to.equal('getThing');
    expect(op.parameters[0]).to.deep.include({ name: 'kind', in: 'path', required: true });
    expect(op.parameters[0].schema.enum).to.deep.equal(['a', 'b']);
    expect(op.parameters[1]).to.deep.include({ name: 'the-name', description: 'A name', example: 'x' });
    expect(op.responses['200'].content['application/json'].schema.properties).to.have.keys('kind', 'name');
    expect(op.responses['400'].content['application/problem+json'].schema).to.deep.equal({ $ref: '#/components/schemas/Problem' });
  });
  it('refuses a template parameter without a schema', () => {
    const broken = { ...echo, path: '/things/{kind}/{missing}' };
    expect(() => buildOpenApi({ info: { title: 't', version: '1' }, routes: [broken] })).to.throw(/missing/);
  });
});

describe('graceful close with a client that went away', () => {
  it('runs the closers only after the abandoned handler has finished', async () => {
    const events: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const Koa = (await import('koa')).default;
    const app = new Koa();
    app.use(async (ctx) => {
      events.push('handler started');
      await gate;
      events.push('handler finished');
      ctx.body = 'late';
    });
    const server = await serve(app, [async () => void events.push('pool closed')]);
    const abort = new AbortController();
    const request = fetch(`${server.url}/`, { signal: abort.signal }).catch(() => 'aborted');
    while (!events.includes('handler started')) await new Promise((r) => setImmediate(r));
    abort.abort();
    expect(await request).to.equal('aborted');
    const closing = server.close();
    await new Promise((r) => setTimeout(r, 100)); // the socket is gone; the handler still runs
    expect(events).to.deep.equal(['handler started']);
    release();
    await closing;
    expect(events).to.deep.equal(['handler started', 'handler finished', 'pool closed']);
  });
});

describe('graceful close over HTTPS', () => {
  it('cuts a connection that never finishes its TLS handshake at the drain deadline', async function () {
    // Node's own handshake timeout is 120 s: without the cut, close() outlives this test's timeout.
    this.timeout(10000);
    const { makeTestPki } = await import('../src/testing/pki.js');
    const { readFileSync } = await import('node:fs');
    const net = await import('node:net');
    const { listen } = await import('../src/server.js');
    const Koa = (await import('koa')).default;
    const cert = makeTestPki('drain-ca').server();
    const closed: string[] = [];
    const server = await listen(new Koa(), '127.0.0.1', 0, [async () => void closed.push('pool')], 300, {
      cert: readFileSync(cert.cert),
      key: readFileSync(cert.key),
    });
    const silent = net.connect(server.port, '127.0.0.1');
    await new Promise((r) => silent.once('connect', r));
    const gone = new Promise((r) => silent.once('close', r));
    await server.close();
    expect(closed).to.deep.equal(['pool']);
    await gone;
  });
});
