// A dataset declaration: a table published as it is stored (seeds/data-gateway.txt). A YAML file
// holds a list of them; from each come the route, the parameter validation, the prepared query, the
// row encoding and the OpenAPI document, so publishing a table needs this file and its CQL schema,
// no code. Everything a request could trip on is checked here, when the file is loaded.
//
//   - name: suggestions                       # unique in a process; the OpenAPI operationId
//     keyspace: image_suggestions
//     table: suggestions
//     route: /public/image_suggestions/suggestions/{wiki}/{page_id}
//     summary: Image suggestions for a page
//     partition_key: [wiki, page_id]          # the whole partition key, bound from the path
//     clustering: [id, image]                 # optional: documented, never null
//     range: { column: dt, start: start, end: end }   # optional: column >= {start} AND <= {end}
//     example: { wiki: enwiki, page_id: "3326" }      # optional: the OpenAPI example
//     columns: { wiki: text, page_id: int, id: timeuuid, … }   # every column, in response order
import { z } from 'zod';
import { describeIssues, readYamlFile } from '../config.js';
import { templateParams } from '../routes.js';
import { CqlTypeError, PARAM_SCALARS, parseCqlType, type CqlType } from './cql-types.js';

export interface DatasetColumn {
  name: string;
  type: CqlType;
  /** As declared (`set<text>`), for messages and documents. */
  typeText: string;
}

export interface DatasetDeclaration {
  name: string;
  keyspace: string;
  table: string;
  /** OpenAPI-style template whose parameters are the key columns' names, then the range's. */
  route: string;
  summary: string;
  description?: string;
  /** The partition key columns, in key order: every one is bound from the path. */
  key: DatasetColumn[];
  clustering: string[];
  /** A clustering range bound from two path parameters, both ends inclusive. */
  range?: { column: DatasetColumn; start: string; end: string };
  /** Every column the rows carry, in the order they carry them. */
  columns: DatasetColumn[];
  /** Path parameter → a value that answers with rows (documents and examples). */
  example?: Record<string, string>;
}

// Lower case: the reader quotes identifiers, and a column created unquoted is stored lower-cased.
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const IDENTIFIER_RULE = 'must be a lower-case CQL identifier (letters, digits, underscore)';
const identifier = z.string().regex(IDENTIFIER, IDENTIFIER_RULE);

const declarationSchema = z.strictObject({
  name: identifier.optional(),
  keyspace: identifier,
  table: identifier,
  // The gateway's two families (spec §B.5): a route elsewhere could shadow a host's own paths (aqs).
  route: z.string().regex(/^\/(?:public|private)\/[^?#]+$/, 'must be a path template under /public/ or /private/'),
  summary: z.string().optional(),
  description: z.string().optional(),
  partition_key: z.array(identifier).min(1),
  clustering: z.array(identifier).default([]),
  range: z.strictObject({ column: identifier, start: identifier.default('start'), end: identifier.default('end') }).optional(),
  example: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String)).optional(),
  columns: z.record(z.string(), z.string()).refine((c) => Object.keys(c).length > 0, 'at least one column'),
});

export class DatasetDeclarationError extends Error {
  override name = 'DatasetDeclarationError';
}

type RawDeclaration = z.output<typeof declarationSchema>;

function compile(raw: RawDeclaration, where: string): DatasetDeclaration {
  const fail = (message: string): never => {
    throw new DatasetDeclarationError(`${where}: ${message}`);
  };
  const columns: DatasetColumn[] = Object.entries(raw.columns).map(([name, typeText]) => {
    if (!IDENTIFIER.test(name)) fail(`columns.${name}: ${IDENTIFIER_RULE}`);
    try {
      return { name, type: parseCqlType(typeText), typeText };
    } catch (err) {
      if (err instanceof CqlTypeError) return fail(`columns.${name}: ${err.message}`);
      throw err;
    }
  });
  const byName = new Map(columns.map((c) => [c.name, c]));
  const column = (name: string, role: string): DatasetColumn => byName.get(name) ?? fail(`${role}: '${name}' is not in columns`);
  const bindable = (c: DatasetColumn, role: string) => {
    if (c.type.kind !== 'scalar' || !PARAM_SCALARS.has(c.type.name)) fail(`${role}: '${c.name}' is ${c.typeText}, which a path parameter cannot bind`);
    return c;
  };
  const key = raw.partition_key.map((n) => bindable(column(n, 'partition_key'), 'partition_key'));
  for (const n of raw.clustering) column(n, 'clustering');
  let range: DatasetDeclaration['range'];
  if (raw.range) {
    // Cassandra restricts a range on the first clustering column only (the rest unrestricted).
    if (raw.clustering[0] !== raw.range.column) fail(`range: '${raw.range.column}' must be the first clustering column`);
    range = { column: bindable(column(raw.range.column, 'range'), 'range'), start: raw.range.start, end: raw.range.end };
  }
  const expected = [...raw.partition_key, ...(range ? [range.start, range.end] : [])];
  const inRoute = templateParams(raw.route) as string[];
  if (inRoute.length !== expected.length || inRoute.some((n, i) => n !== expected[i]))
    fail(`route: its parameters must be the partition key then the range's start and end, {${expected.join('}/{')}}, not {${inRoute.join('}/{')}}`);
  if (new Set(expected).size !== expected.length) fail('range: start and end must not reuse a partition key name');
  if (raw.example) for (const n of Object.keys(raw.example)) if (!expected.includes(n)) fail(`example: '${n}' is not a parameter of the route`);
  const name = raw.name ?? raw.table;
  return {
    name,
    keyspace: raw.keyspace,
    table: raw.table,
    route: raw.route,
    summary: raw.summary ?? `Rows of ${raw.keyspace}.${raw.table}`,
    ...(raw.description !== undefined ? { description: raw.description } : {}),
    key,
    clustering: raw.clustering,
    ...(range ? { range } : {}),
    columns,
    ...(raw.example ? { example: raw.example } : {}),
  };
}

/** Declarations from a parsed YAML document (a list); `source` names the file in messages. */
export function parseDatasets(doc: unknown, source: string): DatasetDeclaration[] {
  if (!Array.isArray(doc)) throw new DatasetDeclarationError(`${source}: expected a list of dataset declarations`);
  const datasets = doc.map((entry, i) => {
    const where = `${source}: [${i}]${typeof (entry as { name?: unknown })?.name === 'string' ? ` (${(entry as { name: string }).name})` : ''}`;
    const parsed = declarationSchema.safeParse(entry);
    if (!parsed.success) throw new DatasetDeclarationError(`${where}: invalid declaration\n${describeIssues(parsed.error.issues)}`);
    return compile(parsed.data, where);
  });
  assertDistinct(datasets, source);
  return datasets;
}

/** Names and routes must not repeat among the datasets one process serves. */
export function assertDistinct(datasets: readonly DatasetDeclaration[], source = 'datasets'): void {
  const names = new Set<string>();
  const routes = new Set<string>();
  for (const d of datasets) {
    if (names.has(d.name)) throw new DatasetDeclarationError(`${source}: two datasets are named '${d.name}'`);
    // Routes that differ only in their parameter names would match the same requests.
    const shape = d.route.replace(/\{[^}]+\}/g, '{}');
    if (routes.has(shape)) throw new DatasetDeclarationError(`${source}: two datasets have the route ${d.route}`);
    names.add(d.name);
    routes.add(shape);
  }
}

/** The declarations of one YAML file. */
export function loadDatasetFile(path: string): DatasetDeclaration[] {
  return parseDatasets(readYamlFile(path, 'dataset file', (message) => new DatasetDeclarationError(message)), path);
}
