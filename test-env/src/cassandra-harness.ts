// A Cassandra-backed AQS service in-process for integration tests, against the local Cassandra and
// its sample data, with a client of the test's own to write extra rows, and the two checks every
// family's tests make: a 200 with `items`, or an AQS problem with a given status and detail.
import { expect } from 'chai';
import type cassandra from 'cassandra-driver';
import { CASSANDRA_PORT, cassandraTestConfig, getJson, startInProcess, storeClient, type Reply } from '@aqs/servicelib/testing';
import type { RunnableConfig, ServiceDescriptor } from '@aqs/servicelib';

export interface CassandraFixture {
  /** `<origin>/metrics/<suffix>` */
  url(suffix: string): string;
  /** The test's own client, connected for the whole describe block. */
  store: cassandra.Client;
  /** A prepared write on that client. */
  write(query: string, params: unknown[]): Promise<unknown>;
}

/** Starts the service and a store client before the block's tests, and closes both after them. */
export function withCassandraService<C extends RunnableConfig, D>(service: ServiceDescriptor<C, D>): CassandraFixture {
  let running: Awaited<ReturnType<typeof startInProcess<C, D>>> | undefined;
  const client = storeClient();
  const fixture: CassandraFixture = {
    url: (suffix) => `${running!.origin}/metrics/${suffix}`,
    store: client,
    write: (query, params) => client.execute(query, params, { prepare: true }),
  };
  before(async () => {
    await client.connect();
    running = await startInProcess(service, cassandraTestConfig({ cassandra: CASSANDRA_PORT, druid: 0 }));
  });
  after(async () => {
    await running?.close();
    await client.shutdown();
  });
  return fixture;
}

/** The reply of a URL that must be an AQS problem with this status (and detail, when given). */
export async function problemAt(url: string, status: number, detail?: string): Promise<Reply> {
  const reply = await getJson(url);
  expect({ status: reply.status, type: reply.type }, reply.text).to.deep.equal({ status, type: 'application/problem+json' });
  const path = url.slice(url.indexOf('/metrics/'));
  expect(reply.body, reply.text).to.include({ status, method: 'get', uri: path });
  expect(Object.keys(reply.body)).to.deep.equal(['type', 'title', 'method', 'status', 'detail', 'uri']);
  if (detail !== undefined) expect(reply.body.detail).to.equal(detail);
  return reply;
}

/** The `items` of a URL that must answer 200 JSON (content type as given). */
export async function itemsAt(url: string, type = 'application/json; charset=utf-8'): Promise<Record<string, any>[]> {
  const reply = await getJson(url);
  expect([reply.status, reply.type], reply.text).to.deep.equal([200, type]);
  expect(Object.keys(reply.body)).to.deep.equal(['items']);
  return reply.body.items;
}
