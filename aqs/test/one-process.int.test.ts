// The one process against the services alone, route by route: for every mounted service's samples
// (<service>/test/samples.ts) the one process answers the same status, bytes, etag and content type
// as the service started alone with its own config.yaml, under /metrics/… and under the REST
// gateway's /api/rest_v1/metrics/… (with the gateway's headers, aqs2-notes §2.3); so do a bad
// request per service and every api-spec path. A service that answers on its own terms (the Data
// Gateway, `ownPaths`) answers with every header the same as alone, its own problem shape included,
// and its paths are not the REST gateway's. One Cassandra pool, one Druid client and one
// /admin/metrics serve them all. With DRUID=0 the Druid-backed services are left out.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Host, SharedClients } from '@aqs/servicelib';
import { LOCAL_STORES, WITHOUT_DRUID, startInProcess } from '@aqs/servicelib/testing';
import service, { defineOneProcess } from '../src/service.js';
import { GATEWAY_HEADERS, GATEWAY_SPEC_PATHS } from '../src/rest-gateway.js';
import { REPO, aqsConfig, ownConfig, samplesOf } from './harness.js';

const compared = service.services.filter((s) => !(WITHOUT_DRUID && s.stores.includes('druid')));
const samples = new Map<string, Record<string, string>>();
for (const s of compared) samples.set(s.name, await samplesOf(s.name));
const overrides = (parseYaml(readFileSync(join(REPO, 'aqs', 'config.yaml'), 'utf8')) as { services?: Record<string, object> }).services ?? {};
const specPathsOf = (name: string) => [
  `/${name}/api-spec.json`,
  ...((JSON.parse(readFileSync(join(REPO, name, 'package.json'), 'utf8')) as { aqs?: { specPaths?: string[] } }).aqs?.specPaths ?? []),
];

interface Answer {
  status: number;
  bytes: Buffer;
  headers: Headers;
}
async function answer(url: string, init?: RequestInit): Promise<Answer> {
  const r = await fetch(url, init);
  return { status: r.status, bytes: Buffer.from(await r.arrayBuffer()), headers: r.headers };
}
function expectSame(one: Answer, alone: Answer, what: string) {
  expect(one.status, what).to.equal(alone.status);
  expect(one.bytes.toString(), what).to.equal(alone.bytes.toString());
  for (const h of ['etag', 'content-type', 'cache-control']) expect(one.headers.get(h), `${what}: ${h}`).to.equal(alone.headers.get(h));
}
/** Every header but those of the connection: the service's own answer, nothing of the one process's added. */
function expectSameHeaders(one: Answer, alone: Answer, what: string) {
  const own = (h: Headers) => Object.fromEntries([...h].filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name)));
  expect(own(one.headers), what).to.deep.equal(own(alone.headers));
}
function expectGatewayHeaders(a: Answer, what: string) {
  for (const [name, value] of Object.entries(GATEWAY_HEADERS)) expect(a.headers.get(name), `${what}: ${name}`).to.equal(value);
  expect(a.headers.get('content-security-policy'), what).to.be.a('string');
}

/** The same path with its last segment spoilt: a 400 or 404 problem from the service. */
const spoilt = (path: string) => path.replace(/\/[^/]*$/, '/x');

describe(`one process: every AQS service in one app, compared with each alone${WITHOUT_DRUID ? ' (DRUID=0: Druid services left out)' : ''}`, function () {
  this.timeout(120000);
  let one: Awaited<ReturnType<typeof startInProcess>>;
  const alone = new Map<string, Awaited<ReturnType<typeof startInProcess>>>();

  before(async () => {
    one = await startInProcess(service, aqsConfig(LOCAL_STORES));
    for (const s of compared) alone.set(s.name, await startInProcess(s, { ...ownConfig(s.name, LOCAL_STORES), ...overrides[s.name] }));
  });
  after(async () => {
    await one?.close();
    for (const svc of alone.values()) await svc.close();
  });

  for (const s of compared.filter((c) => !c.ownPaths)) {
    describe(s.name, () => {
      for (const [operationId, path] of Object.entries(samples.get(s.name)!)) {
        it(`${operationId}: the same answer as alone, under /metrics and /api/rest_v1/metrics`, async () => {
          const separate = await answer(alone.get(s.name)!.origin + path);
          expect(separate.status, `${path} alone`).to.equal(200);
          const mounted = await answer(one.origin + path);
          expectSame(mounted, separate, path);
          const gateway = await answer(`${one.origin}/api/rest_v1${path}`);
          expectSame(gateway, separate, `/api/rest_v1${path}`);
          expectGatewayHeaders(gateway, `/api/rest_v1${path}`);
          expect(mounted.headers.get('via'), path).to.equal(null);
        });
      }

      it('a bad request: the same problem as alone, under both paths', async () => {
        const path = spoilt(Object.values(samples.get(s.name)!)[0]!);
        const separate = await answer(alone.get(s.name)!.origin + path);
        expect(separate.status).to.be.within(400, 404);
        expectSame(await answer(one.origin + path), separate, path);
        const gateway = await answer(`${one.origin}/api/rest_v1${path}`);
        expectSame(gateway, separate, `/api/rest_v1${path}`);
        expectGatewayHeaders(gateway, `/api/rest_v1${path}`);
      });

      it('its api-spec paths: the same document as alone', async () => {
        for (const path of specPathsOf(s.name)) {
          const separate = await answer(alone.get(s.name)!.origin + path);
          expect(separate.status, path).to.equal(200);
          expectSame(await answer(one.origin + path), separate, path);
        }
      });
    });
  }

  for (const s of compared.filter((c) => c.ownPaths)) {
    describe(`${s.name} (on its own paths, as alone)`, () => {
      const same = async (path: string, init?: RequestInit) => {
        const separate = await answer(alone.get(s.name)!.origin + path, init);
        const mounted = await answer(one.origin + path, init);
        expectSame(mounted, separate, path);
        expectSameHeaders(mounted, separate, path);
        return separate;
      };

      for (const [operationId, path] of Object.entries(samples.get(s.name)!)) {
        it(`${operationId}: the same answer as alone, every header included`, async () => {
          expect((await same(path)).status, `${path} alone`).to.equal(200);
          // Not a REST gateway path: only <prefix>/metrics/… is rewritten.
          const gateway = await answer(`${one.origin}/api/rest_v1${path}`);
          expect(gateway.status, `/api/rest_v1${path}`).to.equal(404);
          expect(JSON.parse(gateway.bytes.toString()), `/api/rest_v1${path}`).to.include({ detail: 'Invalid route' });
        });
      }

      it('a bad request: the same problem as alone ({status, type, title, detail}), every header included', async () => {
        const path = spoilt(Object.values(samples.get(s.name)!)[0]!);
        const separate = await same(path);
        expect(separate.status).to.equal(400);
        expect(Object.keys(JSON.parse(separate.bytes.toString()))).to.deep.equal(['status', 'type', 'title', 'detail']);
      });

      it('a path under its prefixes no route serves, another method, OPTIONS: the same as alone', async () => {
        const first = Object.values(samples.get(s.name)!)[0]!;
        expect((await same(`${first.slice(0, first.indexOf('/', 1))}/no/such/route`)).status).to.equal(404);
        expect((await same(first, { method: 'POST' })).status).to.equal(405);
        expect((await same(first, { method: 'OPTIONS' })).status).to.equal(405);
      });

      it('its documents: the same as alone, less /healthz (the process answers it: aqs\'s body, not the service\'s)', async () => {
        expect((await same(`/${s.name}/docs`)).status).to.equal(200);
        for (const path of [...specPathsOf(s.name), '/openapi']) {
          const [separate, mounted] = await Promise.all([alone.get(s.name)!.origin, one.origin].map((o) => answer(o + path)));
          expect([separate!.status, mounted!.status], path).to.deep.equal([200, 200]);
          const doc = JSON.parse(separate!.bytes.toString()) as { paths: Record<string, unknown> };
          expect(doc.paths, path).to.have.property('/healthz');
          delete doc.paths['/healthz'];
          expect(JSON.parse(mounted!.bytes.toString()), path).to.deep.equal(doc);
        }
      });
    });
  }

  // After every service's routes (mocha runs a describe's own tests before its nested ones).
  describe('as one process', () => {
    it("serves the gateway's family api-spec paths from the services' documents", async () => {
      for (const [family, target] of Object.entries(GATEWAY_SPEC_PATHS)) {
        const direct = await answer(one.origin + target);
        if (direct.status === 404) continue; // a family whose service this build does not mount
        const gateway = await answer(`${one.origin}/api/rest_v1/metrics/${family}/api-spec.json`);
        expect(gateway.status, family).to.equal(200);
        expect(gateway.bytes.equals(direct.bytes), family).to.equal(true);
        expectGatewayHeaders(gateway, family);
      }
    });

    it('answers a conditional request under the gateway path with a 304 carrying the gateway headers', async () => {
      const path = `/api/rest_v1${Object.values(samples.get('device-analytics')!)[0]!}`;
      const first = await answer(one.origin + path);
      const again = await answer(one.origin + path, { headers: { 'if-none-match': first.headers.get('etag')! } });
      expect(again.status).to.equal(304);
      expect(again.headers.get('via')).to.equal('rest-gateway');
    });

    it('answers /healthz as aqs, and counts every route of every service in one /admin/metrics', async () => {
      expect(await (await fetch(`${one.origin}/healthz`)).json()).to.include({ service: 'aqs' });
      const metrics = await (await fetch(`${one.origin}/admin/metrics`)).text();
      const templates = [...metrics.matchAll(/http_request_duration_seconds_count\{route="([^"]+)"/g)].map((m) => m[1]!);
      const matches = (template: string, path: string) =>
        new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path.split('?')[0]!);
      for (const s of compared) {
        for (const [operationId, path] of Object.entries(samples.get(s.name)!)) {
          expect(templates.some((t) => matches(t, path)), `${s.name} ${operationId} in /admin/metrics`).to.equal(true);
        }
      }
    });

    it('lends one Cassandra pool and one Druid client to every mounted service', async () => {
      const lent: SharedClients[] = [];
      const spying = defineOneProcess(service.services.map((s) => ({ ...s, open: (config: never, host: Host) => (lent.push(host.shared), s.open(config, host)) })));
      const svc = await startInProcess(spying, aqsConfig(LOCAL_STORES));
      try {
        expect(lent).to.have.length(service.services.length);
        expect(new Set(lent.map((l) => l.cassandra)).size).to.equal(1);
        expect(new Set(lent.map((l) => l.druid)).size).to.equal(1);
        expect(lent[0]!.cassandra).to.not.equal(undefined);
        expect(lent[0]!.druid).to.not.equal(undefined);
      } finally {
        await svc.close();
      }
    });
  });
});
