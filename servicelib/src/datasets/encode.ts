// Rows as JSON, column by column, by CQL type (what the Data Gateway's `{"rows":[…]}` carries):
// text as strings; int, smallint, tinyint as numbers; bigint and counter as numbers while exact
// (|n| <= 2^53-1) and as decimal strings beyond; float as the shortest decimal that reads back as
// the same 32-bit float (0.8, not 0.800000011920929, as Go's encoding/json writes a float32) and
// double as is, NaN and infinities as the strings "NaN", "Infinity", "-Infinity" (JSON has no
// number for them); boolean; uuid and timeuuid as their canonical strings; timestamp as RFC 3339
// in UTC with milliseconds; date as YYYY-MM-DD; blob as base64; inet as its address; set and list
// as arrays; map as an object; null as null (Cassandra returns an empty collection as null too).
import type cassandra from 'cassandra-driver';
import type { CqlType } from './cql-types.js';
import type { DatasetColumn } from './declaration.js';

type Encoder = (value: unknown) => unknown;

const SAFE_MAX = Number.MAX_SAFE_INTEGER;

function nonFinite(n: number): string {
  return Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity';
}

/** The shortest decimal whose float32 is `f` (the driver widens a float to the double nearest it). */
export function shortestFloat32(f: number): number | string {
  if (!Number.isFinite(f)) return nonFinite(f);
  for (let digits = 1; digits < 10; digits++) {
    const candidate = Number(f.toPrecision(digits));
    if (Math.fround(candidate) === f) return candidate;
  }
  return f;
}

function encodeLong(v: cassandra.types.Long): number | string {
  // Long.toNumber is exact while the high word is small enough; check against 2^53 on the number itself.
  const n = v.toNumber();
  return n <= SAFE_MAX && n >= -SAFE_MAX ? n : v.toString();
}

const asIs: Encoder = (v) => v;
const viaString: Encoder = (v) => String(v);

function scalarEncoder(name: string): Encoder {
  switch (name) {
    case 'bigint':
    case 'counter':
      return (v) => encodeLong(v as cassandra.types.Long);
    case 'float':
      return (v) => shortestFloat32(v as number);
    case 'double':
      return (v) => (Number.isFinite(v as number) ? v : nonFinite(v as number));
    case 'uuid':
    case 'timeuuid':
    case 'date':
    case 'inet':
      return viaString;
    case 'timestamp':
      return (v) => {
        const ms = (v as Date).getTime();
        // The driver cannot represent instants outside JavaScript's Date range.
        return Number.isNaN(ms) ? null : (v as Date).toISOString();
      };
    case 'blob':
      return (v) => (v as Buffer).toString('base64');
    default:
      return asIs;
  }
}

/** The encoder of one CQL type; null and undefined always become null. */
export function encoderFor(type: CqlType): Encoder {
  let encode: Encoder;
  switch (type.kind) {
    case 'scalar':
      encode = scalarEncoder(type.name);
      break;
    case 'set':
    case 'list': {
      const element = encoderFor(type.element);
      encode = (v) => (v as unknown[]).map(element);
      break;
    }
    case 'map': {
      const value = encoderFor(type.value);
      // The driver gives a map as an object whose property names are String(key): the key encoded.
      encode = (v) => {
        const out: Record<string, unknown> = {};
        for (const [k, item] of Object.entries(v as Record<string, unknown>)) out[k] = value(item);
        return out;
      };
      break;
    }
  }
  return (v) => (v === null || v === undefined ? null : encode(v));
}

/** One function that turns a driver row into the JSON object of the declared columns, in order. */
export function rowEncoder(columns: readonly DatasetColumn[]): (row: cassandra.types.Row) => Record<string, unknown> {
  const plan = columns.map((c) => ({ name: c.name, encode: encoderFor(c.type) }));
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const { name, encode } of plan) out[name] = encode((row as unknown as Record<string, unknown>)[name]);
    return out;
  };
}
