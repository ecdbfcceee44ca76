// A GET route of a Cassandra-backed AQS service, declared with the errors every such route has:
// the no-data 404 (spec §1.9) and the 503 of a store that is down or slow (design.md §4).
import { defineRoute, type RouteDeclaration } from '@aqs/servicelib';
import type { z } from 'zod';
import type { CassandraStore } from './cassandra-store.js';

export const NO_DATA_ERROR = 'No data for these parameters';
export const STORE_DOWN_ERROR = 'The data store did not answer in time; retry later';

export function cassandraGetRoute<P extends z.ZodObject, R extends z.ZodType>(
  route: Omit<RouteDeclaration<P, R, CassandraStore>, 'method' | 'errors'> & { errors?: Record<number, string> },
): RouteDeclaration<P, R, CassandraStore> {
  return defineRoute<CassandraStore, P, R>({ ...route, method: 'get', errors: { ...route.errors, 404: NO_DATA_ERROR, 503: STORE_DOWN_ERROR } });
}
