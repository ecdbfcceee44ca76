// Reading every row of a prepared query: paged past the 5000-row page (never a silent cap), bounded
// by one deadline for the whole read, and a cluster that is down or slow reported as StoreUnavailable,
// the 503 problem every service's error middleware renders in its own shape.
//
// Identical reads in flight at the same moment share one Cassandra query ("request collapsing", as
// the CDN does in front of AQS): when a chart is popular, fifty clients asking for the same range
// cost one query, not fifty. Nothing is kept once the query answers, so no response is older than
// the query that was already running when it was asked for. The rows are shared: treat them as read-only.
import type cassandra from 'cassandra-driver';
import { isUnavailableError, type CassandraClient } from './cassandra.js';
import { withDeadline } from './deadline.js';
import { nextTurn } from './next-turn.js';
import { HttpProblem } from './problem.js';

export interface PagedReadOptions {
  /** The whole read, every page included, must finish within this many ms. */
  timeoutMs: number;
  fetchSize?: number;
  /** Per-request socket timeout (a client borrowed from a host may have a longer one). */
  readTimeoutMs?: number;
}

export const STORE_DOWN_DETAIL = 'The data store is not answering right now; please try again shortly.';

/** The store is down, unreachable or slower than the deadline: a 503 the client may retry. */
export class StoreUnavailable extends HttpProblem {
  constructor(cause: unknown) {
    super(
      { status: 503, detail: STORE_DOWN_DETAIL, headers: { 'retry-after': '5' } },
      { cause },
    );
  }
}

class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
}

const inFlight = new WeakMap<CassandraClient, Map<string, Promise<cassandra.types.Row[]>>>();

/** One read: the query, its bind values and options, and when (epoch ms) it stops being worth paging. */
interface Read {
  client: CassandraClient;
  query: string;
  params: readonly unknown[];
  options: cassandra.QueryOptions;
  deadline: number;
}

function sharedRead(r: Read): Promise<cassandra.types.Row[]> {
  const { client, query, params } = r;
  let reads = inFlight.get(client);
  if (!reads) inFlight.set(client, (reads = new Map()));
  const key = `${query}\u0000${JSON.stringify(params)}`;
  let read = reads.get(key);
  if (!read) {
    read = allPages(r);
    reads.set(key, read);
    const forget = () => reads.delete(key);
    read.then(forget, forget);
  }
  return read;
}

/**
 * Every page, but none asked for once `deadline` (epoch ms) has passed: whoever waited has had its 503
 * by then, and a big partition must not go on filling memory and loading Cassandra behind it.
 */
async function allPages({ client, query, params, options, deadline }: Read): Promise<cassandra.types.Row[]> {
  await nextTurn(); // with the other reads of this turn, in one write
  let result = await client.execute(query, params as unknown[], options);
  if (!result.pageState) return result.rows;
  const rows = [...result.rows];
  while (result.pageState) {
    if (Date.now() >= deadline) throw new DeadlineExceeded('paging stopped at the deadline');
    result = await client.execute(query, params as unknown[], { ...options, pageState: result.pageState });
    for (const r of result.rows) rows.push(r);
  }
  return rows;
}

/** Every row of `query`, within `timeoutMs`; StoreUnavailable when the cluster is down or slow. */
export async function readAllPages(
  client: CassandraClient,
  query: string,
  params: readonly unknown[],
  opts: PagedReadOptions,
): Promise<cassandra.types.Row[]> {
  const options: cassandra.QueryOptions = { prepare: true, fetchSize: opts.fetchSize ?? 5000 };
  if (opts.readTimeoutMs !== undefined) options.readTimeout = opts.readTimeoutMs;
  try {
    const read = sharedRead({ client, query, params, options, deadline: Date.now() + opts.timeoutMs });
    return await withDeadline(read, opts.timeoutMs, () => new DeadlineExceeded(`no answer within ${opts.timeoutMs} ms`));
  } catch (err) {
    if (err instanceof DeadlineExceeded || isUnavailableError(err)) throw new StoreUnavailable(err);
    throw err;
  }
}
