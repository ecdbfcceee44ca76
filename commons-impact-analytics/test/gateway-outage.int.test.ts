// Reading through the real Data Gateway when it goes away: a proxy the test owns sits between the
// service and the gateway (image-suggestions, as a process), and another between the gateway and
// Cassandra. Down, hanging or not yet started: a 503 problem within context_timeout; back: served
// again without a restart. (Direct reads with Cassandra away: the shared suite, service.int.test.ts.)
import { expect } from 'chai';
import { cassandraTestConfig, CASSANDRA_PORT, freePort, LOCAL_STORES, startInProcess, TcpProxy, untilStatus } from '@aqs/servicelib/testing';
import service from '../src/service.js';
import { startGateway, type RunningGateway } from './gateway.js';
import { SAMPLES } from './samples.js';

const PATH = SAMPLES.getCategoryMetricsSnapshot!;
const TIMEOUT_MS = 500;

describe('commons-impact-analytics: the Data Gateway goes away (real gateway, real Cassandra)', function () {
  this.timeout(60000);
  let gateway: RunningGateway | undefined;
  let proxy: TcpProxy;
  let svc: Awaited<ReturnType<typeof startInProcess>> | undefined;
  const start = (port: number) =>
    startInProcess(service, { ...cassandraTestConfig(LOCAL_STORES, TIMEOUT_MS), data_gateway_uri: `http://127.0.0.1:${port}/public/commons` });
  const expect503 = async () => {
    const t0 = performance.now();
    const down = await svc!.get(PATH);
    expect(down.status, down.text).to.equal(503);
    expect(down.type).to.equal('application/problem+json');
    expect(Object.keys(down.body)).to.deep.equal(['type', 'title', 'method', 'status', 'detail', 'uri']);
    expect(down.headers.get('retry-after')).to.equal('5');
    return performance.now() - t0;
  };

  /** The gateway, a proxy in front of it, and the service reading through the proxy, answering 200. */
  const serveBehindProxy = async () => {
    gateway = await startGateway();
    proxy = new TcpProxy(gateway.port);
    await proxy.open();
    svc = await start(proxy.port);
    expect((await svc.get(PATH)).status).to.equal(200);
  };

  afterEach(async () => {
    await svc?.close();
    svc = undefined;
    await proxy?.cut();
    await gateway?.stop();
    gateway = undefined;
  });

  it('gateway unreachable: 503, and served again once it is back', async () => {
    await serveBehindProxy();
    await proxy.cut();
    await expect503();
    await proxy.open();
    await untilStatus(svc!.origin + PATH, 200);
  });

  it('gateway hanging: 503 once context_timeout has passed, and served again when it answers', async () => {
    await serveBehindProxy();
    proxy.freeze();
    try {
      const ms = await expect503();
      // Figures, not a timed assertion: printed for the reader.
      console.log(`      (503 after ${ms.toFixed(0)} ms with context_timeout ${TIMEOUT_MS} ms)`);
    } finally {
      proxy.thaw();
    }
    await untilStatus(svc!.origin + PATH, 200);
  });

  it('gateway not started yet: the service starts, answers 503 (healthz 200), and serves once the gateway is up', async () => {
    const port = await freePort();
    svc = await start(port);
    expect((await svc.get('/healthz')).status).to.equal(200);
    await expect503();
    gateway = await startGateway(port);
    await untilStatus(svc!.origin + PATH, 200);
  });

  it("the gateway's Cassandra away: the gateway's 503 is the service's 503, and both recover", async () => {
    proxy = new TcpProxy(CASSANDRA_PORT);
    await proxy.open();
    gateway = await startGateway(undefined, proxy.port);
    svc = await start(gateway.port);
    expect((await svc.get(PATH)).status).to.equal(200);
    await proxy.cut();
    await expect503();
    await proxy.open();
    await untilStatus(svc!.origin + PATH, 200);
  });
});
