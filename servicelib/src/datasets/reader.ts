// Reading a dataset: the path parameters checked and converted by their columns' CQL types, one
// prepared query per declaration (the whole partition key, and the clustering range when declared,
// both ends inclusive), every page read (StoreUnavailable, a 503, when the cluster is down or slow),
// and the rows JSON-encoded as the gateway sends them. Shared by the gateway's routes and by any
// service that reads a declared dataset in-process.
import type cassandra from 'cassandra-driver';
import type { CassandraClient } from '../cassandra.js';
import { readAllPages } from '../paged-read.js';
import type { CqlScalar } from './cql-types.js';
import type { DatasetDeclaration } from './declaration.js';
import { rowEncoder } from './encode.js';
import { DatasetParamError, parseParam } from './params.js';

const quote = (name: string) => `"${name}"`;

interface Compiled {
  query: string;
  /** Path parameter name and the CQL type it binds, in bind order. */
  binds: { param: string; type: CqlScalar }[];
  encode: (row: cassandra.types.Row) => Record<string, unknown>;
}

/** The SELECT of a declaration (exported for the documents and the tests). */
export function datasetQuery(d: DatasetDeclaration): string {
  const where = d.key.map((c) => `${quote(c.name)} = ?`);
  if (d.range) where.push(`${quote(d.range.column.name)} >= ?`, `${quote(d.range.column.name)} <= ?`);
  return `SELECT ${d.columns.map((c) => quote(c.name)).join(', ')} FROM ${quote(d.keyspace)}.${quote(d.table)} WHERE ${where.join(' AND ')}`;
}

function compile(d: DatasetDeclaration): Compiled {
  const scalar = (c: DatasetDeclaration['key'][number]) => (c.type as { name: CqlScalar }).name;
  const binds = d.key.map((c) => ({ param: c.name, type: scalar(c) }));
  if (d.range) {
    const type = scalar(d.range.column);
    binds.push({ param: d.range.start, type }, { param: d.range.end, type });
  }
  return { query: datasetQuery(d), binds, encode: rowEncoder(d.columns) };
}

export interface DatasetReader {
  /**
   * The rows of `dataset` for the route's parameters (raw decoded path strings), JSON-encoded.
   * Rejects with DatasetParamError (400) for a value its column's type does not accept, and with
   * StoreUnavailable (503) when the store is down or slower than the timeout.
   */
  read(dataset: DatasetDeclaration, params: Record<string, string>): Promise<Record<string, unknown>[]>;
}

export function datasetReader(client: CassandraClient, options: { timeoutMs: number }): DatasetReader {
  const compiled = new WeakMap<DatasetDeclaration, Compiled>();
  const readOptions = { timeoutMs: options.timeoutMs, readTimeoutMs: options.timeoutMs };
  return {
    async read(dataset, params) {
      let c = compiled.get(dataset);
      if (!c) compiled.set(dataset, (c = compile(dataset)));
      const values = c.binds.map(({ param, type }) => {
        const raw = params[param];
        if (raw === undefined) throw new DatasetParamError(param, '', 'given (the parameter is missing)');
        return parseParam(param, type, raw);
      });
      const rows = await readAllPages(client, c.query, values, readOptions);
      return rows.map(c.encode);
    },
  };
}
