// Reading rows for an AQS response: prepared, paged past the 5000-row page (AQS 1.0 silently capped
// there, spec §6.15), bounded by the query deadline; a cluster that is down or slow is a 503.
//
// Identical reads in flight at the same moment share one Cassandra query ("request collapsing", as
// the CDN does in front of AQS): when a chart is popular, fifty clients asking for the same range
// cost one query, not fifty. Nothing is kept once the query answers, so no response is older than
// the query that was already running when it was asked for. The rows are shared: treat them as read-only.
import type { CassandraClient } from '@aqs/servicelib';
import { isUnavailableError, withDeadline } from '@aqs/servicelib';
import type cassandra from 'cassandra-driver';
import { storageUnavailable } from './problems.js';

export interface ReadOptions {
  /** The whole read, every page included, must finish within this many ms (config context_timeout). */
  timeoutMs: number;
  fetchSize?: number;
}

class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
}

const inFlight = new WeakMap<CassandraClient, Map<string, Promise<cassandra.types.Row[]>>>();

function sharedRead(client: CassandraClient, query: string, params: readonly unknown[], fetchSize: number): Promise<cassandra.types.Row[]> {
  let reads = inFlight.get(client);
  if (!reads) inFlight.set(client, (reads = new Map()));
  const key = `${query}\u0000${JSON.stringify(params)}`;
  let read = reads.get(key);
  if (!read) {
    read = allPages(client, query, params, fetchSize);
    reads.set(key, read);
    const forget = () => reads.delete(key);
    read.then(forget, forget);
  }
  return read;
}

export async function readAll(
  client: CassandraClient,
  query: string,
  params: readonly unknown[],
  opts: ReadOptions,
): Promise<cassandra.types.Row[]> {
  try {
    return await withDeadline(
      sharedRead(client, query, params, opts.fetchSize ?? 5000),
      opts.timeoutMs,
      () => new DeadlineExceeded(`no answer within ${opts.timeoutMs} ms`),
    );
  } catch (err) {
    if (err instanceof DeadlineExceeded || isUnavailableError(err)) throw storageUnavailable(err);
    throw err;
  }
}

async function allPages(
  client: CassandraClient,
  query: string,
  params: readonly unknown[],
  fetchSize: number,
): Promise<cassandra.types.Row[]> {
  let result = await client.execute(query, params as unknown[], { prepare: true, fetchSize });
  if (!result.pageState) return result.rows;
  const rows = [...result.rows];
  while (result.pageState) {
    result = await client.execute(query, params as unknown[], { prepare: true, fetchSize, pageState: result.pageState });
    for (const r of result.rows) rows.push(r);
  }
  return rows;
}

/** Every AQS `data` table is partitioned first by this `"_domain"` (spec Appendix B). */
export const AQS_DOMAIN = 'analytics.wikimedia.org';
