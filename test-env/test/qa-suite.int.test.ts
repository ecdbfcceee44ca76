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

async function start(name: string): Promise<Started> {
  const port = await freePort();
  const config = parseYaml(readFileSync(join(REPO, name, 'config.yaml'), 'utf8')) as Record<string, unknown>;
  // Paths in the file are relative to the repository, where make run starts the services.
  if (typeof config.openapi_spec === 'string' && !isAbsolute(config.openapi_spec)) config.openapi_spec = join(REPO, config.openapi_spec);
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
    for (const name of serviceDirs()) {
      if (name === 'aqs' || !existsSync(join(REPO, name, 'dist', 'main.js'))) continue;
      const { default: d } = (await import(pathToFileURL(join(REPO, name, 'dist', 'service.js')).href)) as { default: ServiceDescriptor };
      if (WITHOUT_DRUID && d.stores.includes('druid')) continue;
      started.push(await start(name));
    }
    const ready = await Promise.all(started.map((s) => waitForHealthz(s.origin, s.proc.child)));
    for (const [i, s] of started.entries()) if (!ready[i]) throw new Error(`${s.name} did not start:\n${s.proc.out()}${s.proc.err()}`);
  });
  after(async () => {
    for (const s of started) s.proc.child.kill('SIGTERM');
    await Promise.all(started.map((s) => s.proc.exited));
    rmSync(dir, { recursive: true, force: true });
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
