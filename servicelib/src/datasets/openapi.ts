// The OpenAPI 3.1 side of a declaration: a schema per row derived from the column types (what
// encode.ts writes for each), path parameters typed by their columns, and one GET operation per
// dataset answering `{"rows":[…]}`. The gateway assembles these into its document.
import type { CqlScalar, CqlType } from './cql-types.js';
import type { DatasetColumn, DatasetDeclaration } from './declaration.js';
import { INT_RANGES, paramExpectation, TIMEUUID } from './params.js';

type JsonSchema = Record<string, unknown>;

const NON_FINITE = { type: 'string', enum: ['NaN', 'Infinity', '-Infinity'] };

function scalarValueSchema(name: CqlScalar): JsonSchema {
  const ints = INT_RANGES[name];
  if (ints) return { type: 'integer', minimum: ints[0], maximum: ints[1] };
  switch (name) {
    case 'bigint':
    case 'counter':
      return {
        type: ['integer', 'string'],
        pattern: '^-?[0-9]+$',
        description: 'A JSON number while exact (|n| <= 2^53-1), else the decimal digits as a string.',
      };
    case 'float':
    case 'double':
      return { anyOf: [{ type: 'number' }, NON_FINITE] };
    case 'boolean':
      return { type: 'boolean' };
    case 'uuid':
    case 'timeuuid':
      return { type: 'string', format: 'uuid' };
    case 'timestamp':
      return { type: 'string', format: 'date-time' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'blob':
      return { type: 'string', contentEncoding: 'base64' };
    default:
      return { type: 'string' };
  }
}

/** The JSON schema of a value of `type`, as encode.ts writes it (null not included). */
export function valueSchema(type: CqlType): JsonSchema {
  switch (type.kind) {
    case 'scalar':
      return scalarValueSchema(type.name);
    case 'set':
      return { type: 'array', items: nullable(valueSchema(type.element)), uniqueItems: true };
    case 'list':
      return { type: 'array', items: nullable(valueSchema(type.element)) };
    case 'map':
      return { type: 'object', additionalProperties: nullable(valueSchema(type.value)) };
  }
}

/** `s` or null. */
function nullable(s: JsonSchema): JsonSchema {
  if (typeof s.type === 'string') return { ...s, type: [s.type, 'null'] };
  if (Array.isArray(s.type)) return { ...s, type: [...(s.type as string[]), 'null'] };
  return { anyOf: [...((s.anyOf as JsonSchema[] | undefined) ?? [s]), { type: 'null' }] };
}

/** One row: every column, required; key and clustering columns are never null. */
export function rowSchema(d: DatasetDeclaration): JsonSchema {
  const neverNull = new Set([...d.key.map((c) => c.name), ...d.clustering]);
  const properties: Record<string, JsonSchema> = {};
  for (const c of d.columns) {
    const s = valueSchema(c.type);
    properties[c.name] = { ...(neverNull.has(c.name) ? s : nullable(s)), 'x-cql-type': c.typeText };
  }
  return {
    type: 'object',
    description: `A row of ${d.keyspace}.${d.table}, every column under its stored name.`,
    properties,
    required: d.columns.map((c) => c.name),
    additionalProperties: false,
  };
}

function paramSchema(type: CqlScalar): JsonSchema {
  const ints = INT_RANGES[type];
  if (ints) return { type: 'integer', minimum: ints[0], maximum: ints[1] };
  switch (type) {
    case 'bigint':
      // format int64, not minimum/maximum: ±2^63 written as JSON numbers would be rounded.
      return { type: 'integer', format: 'int64' };
    case 'float':
    case 'double':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'uuid':
      return { type: 'string', format: 'uuid' };
    case 'timeuuid':
      return { type: 'string', format: 'uuid', pattern: TIMEUUID.source };
    case 'timestamp':
      return { type: 'string', format: 'date-time' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'ascii':
      return { type: 'string', pattern: '^[\\x00-\\x7f]+$' };
    default:
      return { type: 'string', minLength: 1 };
  }
}

function parameter(name: string, column: DatasetColumn, role: string, example: string | undefined): JsonSchema {
  const type = (column.type as { name: CqlScalar }).name;
  const p: JsonSchema = {
    name,
    in: 'path',
    required: true,
    description: `${role}: ${paramExpectation(type)}.`,
    schema: paramSchema(type),
  };
  if (example !== undefined) p.example = example;
  return p;
}

/** A name fit for components.schemas: `image_suggestions.suggestions` → `image_suggestions_suggestions_row`. */
export const rowSchemaName = (d: DatasetDeclaration) => `${d.keyspace}_${d.name}_row`.replace(/[^A-Za-z0-9_.-]/g, '_');

export interface DatasetDocumentOptions {
  /** `$ref` of the problem body schema. */
  problemRef: string;
  /** Responses beyond 200, 400 and 503 for a dataset (the gateway adds 401 on private routes). */
  moreResponses?(d: DatasetDeclaration): Record<string, string>;
  /** Tag of a dataset's operation (default: its keyspace). */
  tag?(d: DatasetDeclaration): string;
}

/** The paths and row schemas of `datasets`, for a document's `paths` and `components.schemas`. */
export function datasetDocument(datasets: readonly DatasetDeclaration[], opts: DatasetDocumentOptions) {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, JsonSchema> = {};
  const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: opts.problemRef } } } });
  for (const d of datasets) {
    const rowName = rowSchemaName(d);
    schemas[rowName] = rowSchema(d);
    const params = d.key.map((c) => parameter(c.name, c, `Partition key column ${c.name}`, d.example?.[c.name]));
    if (d.range) {
      const col = d.range.column;
      params.push(
        parameter(d.range.start, col, `Rows with ${col.name} from this value (included)`, d.example?.[d.range.start]),
        parameter(d.range.end, col, `Rows with ${col.name} up to this value (included)`, d.example?.[d.range.end]),
      );
    }
    const responses: Record<string, unknown> = {
      '200': {
        description: 'The rows of the partition (in clustering order); none is `{"rows":[]}`.',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: { rows: { type: 'array', items: { $ref: `#/components/schemas/${rowName}` } } },
              required: ['rows'],
              additionalProperties: false,
            },
          },
        },
      },
      '400': problem('A path parameter its column type does not accept.'),
    };
    for (const [status, description] of Object.entries(opts.moreResponses?.(d) ?? {})) responses[status] = problem(description);
    responses['503'] = problem('The data store is down or did not answer in time; try again later.');
    paths[d.route] = {
      get: {
        operationId: d.name,
        summary: d.summary,
        ...(d.description ? { description: d.description } : {}),
        tags: [opts.tag?.(d) ?? d.keyspace],
        'x-cassandra-table': `${d.keyspace}.${d.table}`,
        parameters: params,
        responses,
      },
    };
  }
  return { paths, schemas };
}
