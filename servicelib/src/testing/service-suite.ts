// The suite every service runs with one call (`serviceSuite({...})` in its test/service.int.test.ts):
// its committed openapi.json is what its declarations generate and is what it serves, every declared
// route answers its sample with a 200 body its response schema accepts, the process exits 2 on a bad
// config and 0 on SIGTERM (dist and the bundle laid out as the image lays it out), and the store
// going away (cut, or hanging) gives 503 and recovery without a restart.
import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { RunnableConfig, ServiceDescriptor } from '../descriptor.js';
import type { AnyRoute } from '../routes.js';
import { stringify as toYaml } from 'yaml';
import { getJson, untilStatus } from './http.js';
import { startInProcess } from './in-process.js';
import { freePort, imageLayout, runMain, waitForHealthz } from './process.js';
import { LOCAL_STORES, WITHOUT_DRUID, type StorePorts } from './stores.js';
import { TcpProxy } from './tcp-proxy.js';

type Store = keyof StorePorts;

export interface ServiceSuiteOptions<C extends RunnableConfig, D> {
  service: ServiceDescriptor<C, D> & { routes?: readonly AnyRoute<D>[] };
  /** The service's folder: openapi.json, dist/main.js, bundle/main.js. */
  dir: string;
  /** The config document for a run against stores on these ports (listen keys are added). */
  config(stores: StorePorts): Record<string, unknown>;
  /** operationId → a path (with base_uri) that answers 200 on the sample data; every route needs one. */
  samples: Readonly<Record<string, string>>;
  /**
   * A request that needs the store, and its answer while the store is up (the process and outage
   * tests): by default the first sample and 200. Kask: a key that is not there, 404.
   */
  probe?: { path: string; status: number };
  /** A config file the service must refuse with exit 2, and what stderr must say. */
  badConfig: { yaml: string; message: string };
  /** The store whose outage the suite stages, and the status the service answers meanwhile (503; Kask: 500). */
  outage: { store: Store; status?: number };
  /** Files the image ships beside package.json (openapi.json, …). */
  imageFiles?: readonly string[];
}

export function serviceSuite<C extends RunnableConfig, D>(opts: ServiceSuiteOptions<C, D>): void {
  const { service } = opts;
  const skipWithoutStores = function (this: Mocha.Context) {
    if (WITHOUT_DRUID && service.stores.includes('druid')) this.skip(); // reported as pending
  };
  const probe = opts.probe ?? { path: Object.values(opts.samples)[0]!, status: 200 };

  describe(`${service.name}: the shared service suite`, function () {
    this.timeout(60000);

    if (service.openApi) {
      it('has a committed openapi.json that is what its declarations generate (make openapi regenerates it)', () => {
        const committed = JSON.parse(readFileSync(join(opts.dir, 'openapi.json'), 'utf8'));
        expect(committed).to.deep.equal(service.openApi!());
      });
    }

    describe('in process, against the local stores', () => {
      before(skipWithoutStores);
      let svc: Awaited<ReturnType<typeof startInProcess<C, D>>>;
      before(async () => (svc = await startInProcess(service, opts.config(LOCAL_STORES))));
      after(() => svc?.close());

      if (service.openApi) {
        it(`serves its document for the config it runs with at /${service.name}/api-spec.json`, async () => {
          const served = await svc.get(`/${service.name}/api-spec.json`);
          expect(served.status).to.equal(200);
          expect(served.body).to.deep.equal(service.openApi!(svc.config));
        });
      }

      for (const route of service.routes ?? []) {
        it(`${route.operationId}: answers its sample with a 200 body that its response schema accepts`, async () => {
          const path = opts.samples[route.operationId];
          expect(path, `a sample path for ${route.operationId}`).to.be.a('string');
          const reply = await svc.get(path!);
          expect(reply.status, reply.text).to.equal(200);
          const parsed = (route.response as z.ZodType).safeParse(reply.body);
          expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
          // Keys the schema does not declare would be stripped by the parse: none may be missing.
          expect(parsed.data).to.deep.equal(reply.body);
        });
      }
    });

    describe('as a process: node <service>/dist/main.js --config FILE', () => {
      const dir = mkdtempSync(join(tmpdir(), `${service.name}-suite-`));
      it('exits 2 on a bad config file, naming the key', async () => {
        const file = join(dir, 'bad.yaml');
        writeFileSync(file, opts.badConfig.yaml);
        const p = runMain(join(opts.dir, 'dist', 'main.js'), ['--config', file]);
        expect(await p.exited).to.equal(2);
        expect(p.err()).to.contain(opts.badConfig.message);
      });
      it('exits 2 when the config file is missing', async () => {
        const p = runMain(join(opts.dir, 'dist', 'main.js'), ['--config', join(dir, 'nope.yaml')]);
        expect(await p.exited).to.equal(2);
        expect(p.err()).to.contain('cannot read configuration file');
      });
      const entries: [string, () => string][] = [
        ['dist/main.js', () => join(opts.dir, 'dist', 'main.js')],
        ['the bundled file laid out as in the image', () => imageLayout(opts.dir, service.name, ['package.json', ...(opts.imageFiles ?? [])])],
      ];
      for (const [label, entry] of entries) {
        it(`serves from ${label}, logs ECS JSON lines, and exits 0 on SIGTERM`, async function () {
          skipWithoutStores.call(this);
          const port = await freePort();
          const file = join(dir, `ok-${port}.yaml`);
          writeFileSync(file, toYaml({ ...opts.config(LOCAL_STORES), listen_address: '127.0.0.1', listen_port: port }));
          const p = runMain(entry(), ['--config', file]);
          const origin = `http://127.0.0.1:${port}`;
          try {
            expect(await waitForHealthz(origin, p.child), p.err()).to.equal(true);
            const reply = await getJson(origin + probe.path);
            expect(reply.status, reply.text).to.equal(probe.status);
          } catch (err) {
            // A failed check must not leave the service running (its pipes would keep mocha alive).
            p.child.kill('SIGKILL');
            throw err;
          }
          p.child.kill('SIGTERM');
          expect(await p.exited).to.equal(0);
          const lines = p.out().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
          expect(lines.some((l) => l.message === 'shut down cleanly')).to.equal(true);
          for (const l of lines) {
            expect(l).to.have.property('@timestamp');
            expect(l.service).to.deep.equal({ name: service.name });
            expect(l.log.level).to.be.oneOf(['DEBUG', 'INFO', 'WARNING', 'ERROR', 'FATAL']);
          }
        });
      }
    });

    describe(`when ${opts.outage.store} goes away (a proxy the test owns in front of the real one)`, () => {
      before(skipWithoutStores);
      const status = opts.outage.status ?? 503;
      let proxy: TcpProxy;
      let svc: Awaited<ReturnType<typeof startInProcess<C, D>>>;
      beforeEach(async () => {
        proxy = new TcpProxy(LOCAL_STORES[opts.outage.store]);
        await proxy.open();
      });
      afterEach(async () => {
        await svc?.close();
        await proxy.cut();
      });
      const start = () => startInProcess(service, opts.config({ ...LOCAL_STORES, [opts.outage.store]: proxy.port }));

      it(`answers ${status} while the store is unreachable, and recovers by itself when it is back`, async () => {
        svc = await start();
        expect((await svc.get(probe.path)).status).to.equal(probe.status);
        await proxy.cut();
        const down = await svc.get(probe.path);
        expect(down.status, down.text).to.equal(status);
        expect(down.type).to.equal('application/problem+json');
        await proxy.open();
        await untilStatus(svc.origin + probe.path, probe.status);
      });

      it(`answers ${status} within its timeout while the store hangs, and recovers when it answers again`, async () => {
        svc = await start();
        expect((await svc.get(probe.path)).status).to.equal(probe.status);
        proxy.freeze();
        try {
          const down = await svc.get(probe.path);
          expect(down.status, down.text).to.equal(status);
          expect(down.type).to.equal('application/problem+json');
        } finally {
          proxy.thaw();
        }
        await untilStatus(svc.origin + probe.path, probe.status);
      });

      it(`starts while the store is down, answers ${status}, and serves once it comes up`, async () => {
        await proxy.cut(); // the port is known and refuses connections
        svc = await start();
        expect((await svc.get(probe.path)).status).to.equal(status);
        expect((await svc.get('/healthz')).status).to.equal(200);
        await proxy.open();
        await untilStatus(svc.origin + probe.path, probe.status);
      });
    });
  });
}

/** The config a Cassandra-backed AQS service runs with in tests, against stores on these ports. */
export const cassandraTestConfig = (stores: StorePorts, contextTimeout = 2000) => ({
  context_timeout: contextTimeout,
  cassandra: { hosts: ['127.0.0.1'], port: stores.cassandra, consistency: 'one', local_dc: 'datacenter1' },
});

/** The suite of a Cassandra-backed AQS service, in one line of its test/service.int.test.ts. */
export function cassandraServiceSuite<C extends RunnableConfig, D>(
  service: ServiceDescriptor<C, D> & { routes: readonly AnyRoute<D>[] },
  testModuleUrl: string,
  samples: Readonly<Record<string, string>>,
): void {
  serviceSuite({
    service,
    dir: fileURLToPath(new URL('..', testModuleUrl)),
    config: (stores) => cassandraTestConfig(stores, 500),
    samples,
    badConfig: { yaml: 'cassandra:\n  consistency: sometimes\n', message: 'cassandra.consistency: Unsupported consistency level: sometimes' },
    outage: { store: 'cassandra' },
    imageFiles: ['openapi.json'],
  });
}
