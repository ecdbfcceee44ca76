// The store goes away and comes back: a 503 problem from the storage deadline (never a hang, a 404 or
// a crash), then answers again without a restart. Two ways: connections cut and refused (a proxy in
// front of the real Cassandra), and the real Cassandra frozen with SIGSTOP (it accepts, never answers).
import { expect } from 'chai';
import { cassandraPid, startService, CASSANDRA_PORT } from './harness.js';
import { TcpProxy } from '@aqs/servicelib/testing';

const SUFFIX = 'en.wikipedia/all-sites/daily/20200101/20200103';
const STORAGE_503 = 'The data store is not answering right now; please try again shortly.';

async function get(url: string) {
  const res = await fetch(url);
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), body: text ? JSON.parse(text) : undefined };
}

/** Polls until the service answers 200 again (bounded: the recovery must happen by itself). */
async function until200(url: string, attempts = 150): Promise<number> {
  for (let i = 1; i <= attempts; i++) {
    if ((await get(url)).status === 200) return i;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no 200 after ${attempts} attempts`);
}

function expectStorage503(r: Awaited<ReturnType<typeof get>>) {
  expect(r.status, JSON.stringify(r.body)).to.equal(503);
  expect(r.type).to.equal('application/problem+json');
  // This detail comes from the per-query deadline (context_timeout), not the request-timeout safety net.
  expect(r.body).to.deep.include({ status: 503, detail: STORAGE_503, method: 'get' });
}

describe('device-analytics when Cassandra goes away (real Cassandra)', function () {
  this.timeout(90000);

  it('answers 503 while the store is unreachable and recovers by itself when it is back', async () => {
    const proxy = new TcpProxy(CASSANDRA_PORT);
    await proxy.open();
    const svc = await startService({ port: proxy.port, context_timeout: 500 });
    try {
      expect((await get(svc.url(SUFFIX))).status).to.equal(200);
      await proxy.cut();
      for (let i = 0; i < 3; i++) expectStorage503(await get(svc.url(SUFFIX)));
      await proxy.open();
      await until200(svc.url(SUFFIX));
      expect((await get(svc.url(SUFFIX))).body.items).to.have.length(3);
    } finally {
      await svc.close();
      await proxy.cut();
    }
  });

  it('starts while the store is down, answers 503, and serves once it comes up', async () => {
    const proxy = new TcpProxy(CASSANDRA_PORT);
    await proxy.open();
    await proxy.cut(); // the port is known and refuses connections
    const svc = await startService({ port: proxy.port, context_timeout: 500 });
    try {
      expectStorage503(await get(svc.url(SUFFIX)));
      expect((await get(`${svc.base}/healthz`)).status).to.equal(200);
      await proxy.open();
      await until200(svc.url(SUFFIX));
    } finally {
      await svc.close();
      await proxy.cut();
    }
  });

  it('answers 503 within the query deadline while Cassandra is frozen, and recovers when it resumes', async () => {
    const pid = cassandraPid();
    const svc = await startService({ context_timeout: 300 });
    try {
      expect((await get(svc.url(SUFFIX))).status).to.equal(200);
      process.kill(pid, 'SIGSTOP');
      try {
        expectStorage503(await get(svc.url(SUFFIX)));
        expectStorage503(await get(svc.url(SUFFIX)));
      } finally {
        process.kill(pid, 'SIGCONT');
      }
      await until200(svc.url(SUFFIX));
    } finally {
      await svc.close();
    }
  });
});
