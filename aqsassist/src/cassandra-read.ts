// Reading rows for an AQS response: servicelib's paged read (prepared, paged past the 5000-row page
// AQS 1.0 silently capped at, spec §6.15; one deadline; identical reads in flight share one query),
// with a cluster that is down or slow answered as the AQS 503 problem.
import type { CassandraClient } from '@aqs/servicelib';
import { readAllPages, StoreUnavailable } from '@aqs/servicelib';
import type cassandra from 'cassandra-driver';
import { storageUnavailable } from './problems.js';

export interface ReadOptions {
  /** The whole read, every page included, must finish within this many ms (config context_timeout). */
  timeoutMs: number;
  fetchSize?: number;
}

export async function readAll(
  client: CassandraClient,
  query: string,
  params: readonly unknown[],
  opts: ReadOptions,
): Promise<cassandra.types.Row[]> {
  try {
    return await readAllPages(client, query, params, opts);
  } catch (err) {
    if (err instanceof StoreUnavailable) throw storageUnavailable(err.cause);
    throw err;
  }
}

/** Every AQS `data` table is partitioned first by this `"_domain"` (spec Appendix B). */
export const AQS_DOMAIN = 'analytics.wikimedia.org';
