// qa-tests in make test: every service started from its build as operators start it (its own
// config.yaml, on a free loopback port, against the local stores), the black-box suite run against
// them all, each required to answer; then the same suite against a proxy that spoils one header and
// one body, which it must catch. The one-process aqs, when it exists, gets the suite too.
import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import type { ServiceDescriptor } from '@aqs/servicelib';
import { freePort, runMain, waitForHealthz, WITHOUT_DRUID, type ServiceProcess } from '@aqs/servicelib/testing';
import { report, runFailed, runSuite, type Summary } from '../../qa-tests/src/run.js';
import { targetData } from '../../qa-tests/src/local-data.js';
import { SERVICES } from '../../qa-tests/src/targets.js';
import { REPO, serviceDirs } from '../src/dockerfiles.js';

interface Started {
  name: string;
  origin: string;
  proc: ServiceProcess;
}

const dir = mkdtempSync(join(tmpdir(), 'qa-suite-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const configOf = (name: string) => parseYaml(readFileSync(join(REPO, name, 'config.yaml'), 'utf8')) as Record<string, unknown>;

/** Starts a service on a free port; `moved` maps the config.yaml ports of started services to where they run. */
async function start(name: string, moved: Map<number, string>): Promise<Started> {
  const port = await freePort();
  const config = configOf(name);
  // Paths in the file are relative to the repository, where make run starts the services.
  if (typeof config.openapi_spec === 'string' && !isAbsolute(config.openapi_spec)) config.openapi_spec = join(REPO, config.openapi_spec);
  // A service reading through another (commons-impact-analytics through the Data Gateway) is pointed at where that one runs.
  if (typeof config.data_gateway_uri === 'string') {
    const u = new URL(config.data_gateway_uri);
    const there = moved.get(Number(u.port));
    if (there) config.data_gateway_uri = there + u.pathname;
  }
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, toYaml({ ...config, listen_address: '127.0.0.1', listen_port: port, log_level: 'error' }));
  return { name, origin: `http://127.0.0.1:${port}`, proc: runMain(join(REPO, name, 'dist', 'main.js'), ['--config', file]) };
}

/** Runs the suite; on failure the report goes into the assertion message. */
async function suite(opts: Parameters<typeof runSuite>[0]): Promise<{ summary: Summary; text: string }> {
  const summary = await runSuite(opts);
  const lines: string[] = [];
  report(summary, (l) => lines.push(l));
  return { summary, text: lines.join('\n') };
}

/** A proxy in front of `origin` that lets `spoil` change what the service answered. */
function spoilingProxy(origin: string, spoil: (path: string, headers: Headers, body: string) => string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const upstream = await fetch(origin + req.url, {
        method: req.method,
        headers: Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'connection').map(([k, v]) => [k, String(v)])),
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      });
      const headers = new Headers(upstream.headers);
      headers.delete('content-length');
      headers.delete('content-encoding');
      headers.delete('transfer-encoding');
      const body = spoil(req.url ?? '', headers, await upstream.text());
      res.writeHead(upstream.status, Object.fromEntries(headers));
      res.end(body);
    })().catch((e: Error) => {
      res.writeHead(502);
      res.end(e.message);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server })));
}

describe('qa-tests: the black-box suite against every service, started as operators start them', function () {
  this.timeout(120000);
  const started: Started[] = [];

  before(async () => {
    const names: string[] = [];
    for (const name of serviceDirs()) {
      if (name === 'aqs' || !existsSync(join(REPO, name, 'dist', 'main.js'))) continue;
      const { default: d } = (await import(pathToFileURL(join(REPO, name, 'dist', 'service.js')).href)) as { default: ServiceDescriptor };
      if (WITHOUT_DRUID && d.stores.includes('druid')) continue;
      names.push(name);
    }
    // Services that read through another start after it.
    const moved = new Map<number, string>();
    for (const later of [false, true]) {
      for (const name of names.filter((n) => (typeof configOf(n).data_gateway_uri === 'string') === later)) {
        const s = await start(name, moved);
        moved.set(Number(configOf(name).listen_port), s.origin);
        started.push(s);
      }
    }
    const ready = await Promise.all(started.map((s) => waitForHealthz(s.origin, s.proc.child)));
    for (const [i, s] of started.entries()) if (!ready[i]) throw new Error(`${s.name} did not start:\n${s.proc.out()}${s.proc.err()}`);
  });
  after(async () => {
    for (const s of started) s.proc.child.kill('SIGTERM');
    await Promise.all(started.map((s) => s.proc.exited));
  });

  it('has cases for every service of the repository', () => {
    const known = SERVICES.map((s) => s.name);
    expect(started.map((s) => s.name).filter((n) => !known.includes(n)), 'services qa-tests/src/targets.ts does not know').to.deep.equal([]);
  });

  /** The started services' URLs; the suite's other services (not in this checkout) at a closed port. */
  async function urls(): Promise<Record<string, string>> {
    const closed = `http://127.0.0.1:${await freePort()}`;
    return Object.fromEntries(SERVICES.map((t) => [t.name, started.find((s) => s.name === t.name)?.origin ?? closed]));
  }

  it('passes against every service, each required to answer', async () => {
    const { summary, text } = await suite({ settings: { perService: await urls() }, data: targetData({}), require: started.map((s) => s.name) });
    expect(runFailed(summary), text).to.equal(false);
    // Only services this checkout does not have may be skipped.
    expect([...new Set(summary.outcomes.filter((o) => o.verdict === 'skip').map((o) => o.case.service))], text).to.not.include.members(started.map((s) => s.name));
    for (const st of summary.services) expect(st.uncovered, `${st.target.name}\n${text}`).to.deep.equal([]);
  });

  it('runs one tag alone', async () => {
    const { summary, text } = await suite({ settings: { perService: await urls() }, data: targetData({}), tags: ['unique-devices'] });
    expect(runFailed(summary), text).to.equal(false);
    expect(new Set(summary.outcomes.map((o) => o.case.tag))).to.deep.equal(new Set(['unique-devices']));
  });

  it('fails when a 200 loses its etag or its body leaves the served schema, and when an error loses its CORS header', async () => {
    const device = started.find((s) => s.name === 'device-analytics')!;
    const proxy = await spoilingProxy(device.origin, (path, headers, body) => {
      if (path.includes('/api-spec.json')) return body;
      if (headers.get('content-type')?.startsWith('application/problem+json')) headers.delete('access-control-allow-origin');
      else if (path.includes('/daily/')) headers.delete('etag');
      return path.includes('/monthly/') ? body.replaceAll('"devices"', '"device"') : body;
    });
    try {
      const { summary, text } = await suite({ settings: { perService: { 'device-analytics': proxy.url } }, data: targetData({}), tags: ['unique-devices'] });
      expect(runFailed(summary)).to.equal(true);
      expect(text).to.contain('etag: expected a strong etag, got null');
      expect(text).to.match(/body does not match the served schema/);
      expect(text).to.contain('header access-control-allow-origin: expected "*", got null');
    } finally {
      proxy.server.close();
    }
  });

  it('reports a service it cannot reach as skipped, and fails when that service is required', async () => {
    const nowhere = `http://127.0.0.1:${await freePort()}`;
    const settings = { perService: { kask: nowhere } };
    const skipped = await suite({ settings, data: targetData({}), tags: ['sessions'] });
    expect(skipped.summary.passed).to.equal(0);
    expect(skipped.text).to.contain('NOT REACHABLE');
    expect(runFailed(skipped.summary)).to.equal(true);
    const required = await suite({ settings, data: targetData({}), tags: ['sessions'], require: ['kask'] });
    expect(required.summary.failed).to.be.greaterThan(0);
  });
});

describe('qa-tests: the black-box suite against the one-process aqs, under /metrics and /api/rest_v1', function () {
  this.timeout(120000);
  let aqs: ServiceProcess | undefined;
  let kask: Started | undefined;
  let origin = '';

  before(async function () {
    if (!existsSync(join(REPO, 'aqs', 'dist', 'main.js')) || WITHOUT_DRUID) return this.skip();
    const port = await freePort();
    const file = join(dir, 'aqs.yaml');
    writeFileSync(file, toYaml({ ...configOf('aqs'), listen_address: '127.0.0.1', listen_port: port, log_level: 'error' }));
    origin = `http://127.0.0.1:${port}`;
    aqs = runMain(join(REPO, 'aqs', 'dist', 'main.js'), ['--config', file]);
    kask = await start('kask', new Map()); // Kask is not part of the one process
    const ready = await Promise.all([waitForHealthz(origin, aqs.child), waitForHealthz(kask.origin, kask.proc.child)]);
    if (!ready.every(Boolean)) throw new Error(`aqs or kask did not start:\n${aqs.out()}${aqs.err()}${kask.proc.err()}`);
  });
  after(async () => {
    for (const p of [aqs, kask?.proc]) p?.child.kill('SIGTERM');
    await Promise.all([aqs?.exited, kask?.proc.exited]);
  });

  for (const prefix of ['', '/api/rest_v1']) {
    it(`passes with BASE_URL=<aqs>${prefix}, every AQS service of the checkout required`, async () => {
      // The AQS services of this checkout that the one process mounts (its config may leave some out).
      const mounted = SERVICES.filter((t) => t.flavour === 'aqs' && existsSync(join(REPO, t.name, 'dist', 'main.js'))).map((t) => t.name);
      // The Data Gateway is mounted too, on its own paths (not the REST gateway's /api/rest_v1/metrics/…):
      // its cases go to the process's origin. Its /healthz case is the process's there, and its mounted
      // document leaves /healthz out, so that case is skipped.
      const { summary, text } = await suite({
        settings: { baseUrl: origin + prefix, perService: { kask: kask!.origin, 'image-suggestions': origin } },
        data: targetData({}),
        require: [...mounted, 'kask', 'image-suggestions'],
      });
      expect(runFailed(summary), text).to.equal(false);
      for (const st of summary.services) expect(st.uncovered, `${st.target.name}\n${text}`).to.deep.equal([]);
    });
  }
});
