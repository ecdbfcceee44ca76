// Mocha suites every Druid-backed service runs the same way: the process entry points (dist and the
// image-layout bundle) and Druid going away. Each service's test file calls them with its own names.
import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TcpProxy, freePort, imageLayout, runMain, waitForHealthz } from '@aqs/servicelib/testing';
import type { Logger } from '@aqs/servicelib';
import { BROKER_PORT, startDruidService, type DruidServiceUnderTest } from './druid-harness.js';

const skipWithoutDruid = function (this: Mocha.Context) {
  if (process.env.DRUID === '0') this.skip(); // `make test DRUID=0`: skipped, and reported as pending
};

/** `node <service>/dist/main.js --config FILE` and the bundled file, against the local stores. */
export function processSuite(service: string, serviceDir: string, route: string): void {
  const main = join(serviceDir, 'dist', 'main.js');
  const dir = mkdtempSync(join(tmpdir(), `${service}-process-`));
  describe(`${service} process`, function () {
    this.timeout(30000);

    it('exits 2 when neither druid.datasource nor config_table is set, naming the key', async () => {
      const file = join(dir, 'bad.yaml');
      writeFileSync(file, 'listen_port: 0\n');
      const p = runMain(main, ['--config', file]);
      expect(await p.exited).to.equal(2);
      expect(p.err()).to.contain('druid.datasource: set druid.datasource, or config_table');
    });

    for (const [label, entry] of [
      ['dist/main.js', () => main],
      ['the bundled file laid out as in the image', () => imageLayout(serviceDir, service, ['package.json', 'openapi.json'])],
    ] as const) {
      it(`serves from ${label} with the datasource from aqs.config, and exits 0 on SIGTERM`, async function () {
        skipWithoutDruid.call(this);
        const port = await freePort();
        const file = join(dir, `ok-${port}.yaml`);
        writeFileSync(
          file,
          `listen_address: 127.0.0.1\nlisten_port: ${port}\nconfig_table: aqs.config\ndruid:\n  host: 127.0.0.1\n  port: ${BROKER_PORT}\n` +
            'cassandra:\n  hosts: [127.0.0.1]\n  consistency: one\n  local_dc: datacenter1\n',
        );
        const p = runMain(entry(), ['--config', file]);
        const origin = `http://127.0.0.1:${port}`;
        expect(await waitForHealthz(origin, p.child), p.err()).to.equal(true);
        const res = await fetch(origin + route);
        expect(res.status, await res.clone().text()).to.equal(200);
        expect(((await res.json()) as { items: unknown[] }).items).to.have.length(1);
        p.child.kill('SIGTERM');
        expect(await p.exited).to.equal(0);
      });
    }
  });
}

/** The broker goes away (a proxy in front of the real one is cut): 503, then recovery without a restart. */
export function druidOutageSuite<C>(
  service: string,
  schema: { parse(doc: unknown): C },
  create: (config: C, logger: Logger) => DruidServiceUnderTest,
  route: string,
): void {
  describe(`${service} when Druid goes away (real Druid behind a proxy)`, function () {
    this.timeout(60000);
    before(skipWithoutDruid);

    it('answers 503 with retry-after while the broker is unreachable, then recovers by itself', async () => {
      const proxy = new TcpProxy(BROKER_PORT);
      await proxy.open();
      const svc = await startDruidService(schema, create, { brokerPort: proxy.port, timeoutMs: 2000 });
      try {
        expect((await svc.get(route)).status).to.equal(200);
        await proxy.cut();
        const down = await svc.get(route);
        expect(down.status).to.equal(503);
        expect(down.headers.get('content-type')).to.equal('application/problem+json');
        expect(down.headers.get('retry-after')).to.equal('5');
        expect(down.body).to.deep.include({ status: 503, method: 'get' });
        await proxy.open();
        expect((await svc.get(route)).status).to.equal(200);
      } finally {
        await svc.close();
        await proxy.cut();
      }
    });
  });
}
