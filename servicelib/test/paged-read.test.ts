// The sharing and deadline logic of readAllPages, with a stand-in client that counts executions. (Reading
// real rows, paging past 5000 and outages are covered against the real Cassandra in device-analytics.)
import { expect } from 'chai';
import { HttpProblem, readAllPages, type CassandraClient } from '../src/index.js';

function countingClient(answer: (params: unknown[]) => Promise<{ rows: unknown[]; pageState?: string }>) {
  const calls: unknown[][] = [];
  const client = {
    execute: (_q: string, params: unknown[]) => {
      calls.push(params);
      return answer(params);
    },
  } as unknown as CassandraClient;
  return { client, calls };
}

const later = <T>(value: T, ms = 20) => new Promise<T>((r) => setTimeout(() => r(value), ms));

describe('readAllPages', () => {
  it('shares one query among identical reads in flight, and forgets it once answered', async () => {
    const { client, calls } = countingClient(() => later({ rows: [{ n: 1 }] }));
    const results = await Promise.all(Array.from({ length: 10 }, () => readAllPages(client, 'Q', ['a'], { timeoutMs: 1000 })));
    expect(calls).to.have.length(1);
    for (const r of results) expect(r).to.deep.equal([{ n: 1 }]);
    await readAllPages(client, 'Q', ['a'], { timeoutMs: 1000 });
    expect(calls).to.have.length(2);
  });
  it('does not share reads whose parameters differ', async () => {
    const { client, calls } = countingClient((p) => later({ rows: [p[0]] }));
    const [a, b] = await Promise.all([readAllPages(client, 'Q', ['a'], { timeoutMs: 1000 }), readAllPages(client, 'Q', ['b'], { timeoutMs: 1000 })]);
    expect(calls).to.have.length(2);
    expect([a, b]).to.deep.equal([['a'], ['b']]);
  });
  it('follows page states until the last page', async () => {
    const pages: Record<string, { rows: unknown[]; pageState?: string }> = {
      first: { rows: [1, 2], pageState: 'p2' },
      p2: { rows: [3], pageState: 'p3' },
      p3: { rows: [4] },
    };
    let n = 0;
    const client = {
      execute: (_q: string, _p: unknown[], o: { pageState?: string }) => (n++, later(pages[o.pageState ?? 'first']!, 1)),
    } as unknown as CassandraClient;
    expect(await readAllPages(client, 'Q', [], { timeoutMs: 1000 })).to.deep.equal([1, 2, 3, 4]);
    expect(n).to.equal(3);
  });
  it('answers a 503 problem when the store does not answer within the deadline', async () => {
    const { client } = countingClient(() => new Promise(() => {}));
    const err = await readAllPages(client, 'Q', ['slow'], { timeoutMs: 30 }).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(HttpProblem);
    expect((err as HttpProblem).status).to.equal(503);
  });
  it('shares a failure, maps an unreachable store to 503, and tries again afterwards', async () => {
    let fail = true;
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const { client, calls } = countingClient(() => (fail ? later(null, 5).then(() => Promise.reject(refused)) : later({ rows: ['ok'] })));
    const errors = await Promise.all([1, 2].map(() => readAllPages(client, 'Q', ['x'], { timeoutMs: 1000 }).catch((e: unknown) => e)));
    expect(calls).to.have.length(1);
    for (const e of errors) expect((e as HttpProblem).status).to.equal(503);
    fail = false;
    expect(await readAllPages(client, 'Q', ['x'], { timeoutMs: 1000 })).to.deep.equal(['ok']);
  });
  it('passes other errors through for the app to log as a 500', async () => {
    const { client } = countingClient(() => Promise.reject(new TypeError('bad query')));
    const err = await readAllPages(client, 'Q', ['y'], { timeoutMs: 1000 }).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(TypeError);
  });
});
