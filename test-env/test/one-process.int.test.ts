// Services are mountable: device-analytics, edit-analytics and editor-analytics in one Koa app on one
// port, with one Cassandra client, one Druid client and one /admin/metrics, answer every route's
// sample with the very bytes each service answers alone.
import { expect } from 'chai';
import { aqsApp, druidClientFor, type AqsServiceDescriptor } from '@aqs/aqsassist';
import { createCassandraClient, createRegistry, listen, parseConfig, type Host, type RunningServer, type ServiceConfig } from '@aqs/servicelib';
import { LOCAL_STORES, WITHOUT_DRUID, memoryLogger, startInProcess } from '@aqs/servicelib/testing';
import deviceAnalytics from '../../device-analytics/src/service.js';
import editAnalytics from '../../edit-analytics/src/service.js';
import editorAnalytics from '../../editor-analytics/src/service.js';
import { SAMPLES as DEVICE_SAMPLES } from '../../device-analytics/test/samples.js';
import { SAMPLES as EDIT_SAMPLES } from '../../edit-analytics/test/samples.js';
import { SAMPLES as EDITOR_SAMPLES } from '../../editor-analytics/test/samples.js';
import { testConfig } from '../../device-analytics/test/harness.js';
import { druidTestConfig } from '../src/druid-harness.js';

interface Mounted {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  service: AqsServiceDescriptor<any, any>;
  doc: Record<string, unknown>;
  samples: Record<string, string>;
}

const MOUNTED: Mounted[] = [
  { service: deviceAnalytics, doc: testConfig(LOCAL_STORES), samples: DEVICE_SAMPLES },
  { service: editAnalytics, doc: druidTestConfig(LOCAL_STORES), samples: EDIT_SAMPLES },
  { service: editorAnalytics, doc: druidTestConfig(LOCAL_STORES), samples: EDITOR_SAMPLES },
];

describe('one process: three services mounted in one app (real Cassandra and Druid)', function () {
  this.timeout(60000);
  before(function () {
    if (WITHOUT_DRUID) this.skip();
  });

  let host: Host;
  let combined: RunningServer;
  const closers: (() => Promise<void>)[] = [];
  const alone = new Map<string, Awaited<ReturnType<typeof startInProcess>>>();

  before(async () => {
    const druidConfig = parseConfig(editAnalytics.configSchema, druidTestConfig(LOCAL_STORES));
    const cassandra = createCassandraClient(druidConfig.cassandra, { readTimeoutMs: 2000 });
    host = { logger: memoryLogger('aqs').logger, registry: createRegistry(), shared: { cassandra, druid: druidClientFor(druidConfig) } };
    const mounts = MOUNTED.map(({ service, doc }) => {
      const config = parseConfig(service.configSchema, doc) as ServiceConfig;
      const opened = service.open(config, host);
      closers.push(opened.close);
      return service.mount(config, opened.deps);
    });
    combined = await listen(aqsApp(host, { serviceName: 'aqs', version: '0' }, mounts), '127.0.0.1', 0, [() => cassandra.shutdown()]);
    for (const { service, doc } of MOUNTED) alone.set(service.name, await startInProcess(service, doc));
  });
  after(async () => {
    for (const close of closers) await close();
    await combined?.close();
    for (const svc of alone.values()) await svc.close();
  });

  for (const { service, samples } of MOUNTED) {
    for (const route of service.routes) {
      it(`${service.name} ${route.operationId}: the same status and bytes as the service alone`, async () => {
        const path = samples[route.operationId]!;
        const one = await fetch(`http://127.0.0.1:${combined.port}${path}`);
        const separate = await fetch(alone.get(service.name)!.origin + path);
        expect(one.status).to.equal(200);
        expect(separate.status).to.equal(200);
        expect(Buffer.from(await one.arrayBuffer()).equals(Buffer.from(await separate.arrayBuffer()))).to.equal(true);
        expect(one.headers.get('etag')).to.equal(separate.headers.get('etag'));
      });
    }
  }

  it('serves each service api-spec, /healthz as one process, and one /admin/metrics labelled by every route', async () => {
    const origin = `http://127.0.0.1:${combined.port}`;
    for (const { service } of MOUNTED) expect((await fetch(`${origin}/${service.name}/api-spec.json`)).status).to.equal(200);
    expect(await (await fetch(`${origin}/healthz`)).json()).to.include({ service: 'aqs' });
    const metrics = await (await fetch(`${origin}/admin/metrics`)).text();
    for (const template of ['/metrics/unique-devices/{project}/{access-site}/{granularity}/{start}/{end}', '/metrics/edits/aggregate/', '/metrics/registered-users/new/']) {
      expect(metrics).to.contain(`route="${template}`);
    }
  });

  it('borrowed the host clients instead of opening its own', () => {
    const device = deviceAnalytics.open(parseConfig(deviceAnalytics.configSchema, testConfig(LOCAL_STORES)), host);
    const edit = editAnalytics.open(parseConfig(editAnalytics.configSchema, druidTestConfig(LOCAL_STORES)), host);
    expect(device.deps.client).to.equal(host.shared.cassandra);
    expect(edit.deps.druid).to.equal(host.shared.druid);
  });
});
