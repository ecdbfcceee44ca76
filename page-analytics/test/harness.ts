// page-analytics in-process against the real local Cassandra; rows written with the sample's own
// INSERT statements (test-env), and the loaded sample window for the oracle.
import { expect } from 'chai';
import type cassandra from 'cassandra-driver';
import { aqsProblemSchema } from '@aqs/aqsassist';
import { CASSANDRA_PORT, getJson, startInProcess, storeClient } from '@aqs/servicelib/testing';
import service from '../src/service.js';
import { readSampleWindow } from '../../test-env/src/sample-pageviews.js';
import type { SampleWindow } from '../../test-env/src/sample-pageviews-window.js';

export { INSERT } from '../../test-env/src/sample-pageviews.js';
export { DOMAIN, LOADER_TID } from '../../test-env/src/sample-unique-devices.js';
/** A timeuuid later than the loader's: a newer version of a row. */
export const NEWER_TID = 'f0e5a340-5f8c-11ef-8080-808080808080';

/** Messages of the 400s (spec §1.9, §1.3, §1.4.2). */
export const BAD = {
  access: 'data.params.access should be equal to one of the allowed values: [all-access, desktop, mobile-app, mobile-web]',
  agent: 'data.params.agent should be equal to one of the allowed values: [all-agents, automated, spider, user]',
  articleGranularity: 'data.params.granularity should be equal to one of the allowed values: [daily, monthly]',
  granularity: 'data.params.granularity should be equal to one of the allowed values: [hourly, daily, monthly]',
  project: 'The parameter `project` contains invalid characters.',
  startDay: 'start timestamp is invalid, must be a valid date in YYYYMMDD format',
  endDay: 'end timestamp is invalid, must be a valid date in YYYYMMDD format',
  startHour: 'start timestamp is invalid, must be a valid date in YYYYMMDDHH format',
  endHour: 'end timestamp is invalid, must be a valid date in YYYYMMDDHH format',
  order: 'start timestamp should be before the end timestamp',
  noMonth: 'no full months found in specified date range',
  yearMonthDay: 'Given year/month/day is invalid date',
  yearMonth: 'Given year/month is invalid date',
};

/** One `it` per [path, status, detail]: each path must answer that problem. */
export function refuses(url: (suffix: string) => string, cases: readonly (readonly [string, number, string])[]): void {
  for (const [path, status, detail] of cases) it(`${path} → ${status}: ${detail.slice(0, 60)}`, () => expectProblem(url(path), status, detail));
}

export { cassandraTestConfig as testConfig } from '@aqs/servicelib/testing';
import { cassandraTestConfig as testConfig } from '@aqs/servicelib/testing';

/** The window of the sample env-up loaded (the oracle regenerates its figures from it). */
export async function loadedSampleWindow(): Promise<SampleWindow> {
  const client = storeClient();
  try {
    return await readSampleWindow(client);
  } finally {
    await client.shutdown();
  }
}

export interface Fixture {
  /** `${origin}/metrics/${suffix}` */
  url(suffix: string): string;
  origin: string;
  store: cassandra.Client;
  window: SampleWindow;
  /** Executes a prepared statement on the test's own client. */
  write(query: string, params: unknown[]): Promise<unknown>;
}

/** Registers before/after hooks that start page-analytics and a store client, and close both. */
export function withPageAnalytics(): Fixture {
  let svc: Awaited<ReturnType<typeof startInProcess>> | undefined;
  const fixture = {} as Fixture;
  before(async () => {
    fixture.store = storeClient();
    await fixture.store.connect();
    fixture.window = await readSampleWindow(fixture.store);
    fixture.write = (query, params) => fixture.store.execute(query, params, { prepare: true });
    svc = await startInProcess(service, testConfig({ cassandra: CASSANDRA_PORT, druid: 0 }));
    fixture.origin = svc.origin;
    fixture.url = (suffix) => `${svc!.origin}/metrics/${suffix}`;
  });
  after(async () => {
    await svc?.close();
    await fixture.store?.shutdown();
  });
  return fixture;
}

/** GETs a URL that must answer the AQS problem: status, content type, body shape, detail when given. */
export async function expectProblem(url: string, status: number, detail?: string): Promise<Record<string, unknown>> {
  const reply = await getJson(url);
  const body = aqsProblemSchema.parse(reply.body);
  expect([reply.status, reply.type], reply.text).to.deep.equal([status, 'application/problem+json']);
  expect(body).to.include({ status, method: 'get', uri: url.slice(url.indexOf('/metrics/')) });
  if (detail !== undefined) expect(body.detail).to.equal(detail);
  return body;
}

/** GETs a URL that must answer 200 JSON; returns its items. */
export async function itemsOf(url: string): Promise<Record<string, any>[]> {
  const reply = await getJson(url);
  expect(reply.status, reply.text).to.equal(200);
  expect(reply.type).to.equal('application/json; charset=utf-8');
  return reply.body.items;
}
