// The dataset engine's pure parts: CQL type parsing, path parameters by type (the 400s), the JSON
// encoding of values, and declarations refused when loaded. (Reading real tables is tested against
// Cassandra by the gateway, image-suggestions/test.)
import { expect } from 'chai';
import cassandra from 'cassandra-driver';
import {
  cqlTypeText,
  DatasetDeclarationError,
  DatasetParamError,
  datasetQuery,
  encoderFor,
  parseCqlType,
  parseDatasets,
  parseParam,
  parseRfc3339,
  shortestFloat32,
} from '../src/index.js';

const { Long } = cassandra.types;

describe('datasets: CQL types', () => {
  it('parses scalars, collections and frozen, case-insensitively', () => {
    for (const [text, canonical] of [
      ['int', 'int'], ['TEXT', 'text'], ['set<text>', 'set<text>'], ['list< frozen<list<int>> >', 'list<list<int>>'], ['map<text,bigint>', 'map<text, bigint>'],
    ]) expect(cqlTypeText(parseCqlType(text!))).to.equal(canonical);
  });
  it('refuses what it cannot encode faithfully', () => {
    for (const text of ['decimal', 'varint', 'set<>', 'map<text>', 'map<timestamp, int>', 'tuple<int, int>', 'frozen<udt>'])
      expect(() => parseCqlType(text), text).to.throw(/CQL type|map key type/);
  });
});

describe('datasets: path parameters by CQL type', () => {
  const refusal = (name: string, type: Parameters<typeof parseParam>[1], raw: string) => {
    try {
      parseParam(name, type, raw);
    } catch (err) {
      expect(err).to.be.instanceOf(DatasetParamError);
      expect((err as DatasetParamError).status).to.equal(400);
      return (err as DatasetParamError).detail;
    }
    throw new Error(`${raw} was accepted as ${type}`);
  };
  it('takes whole numbers within the type, leading zeros included', () => {
    expect(parseParam('month', 'int', '01')).to.equal(1);
    expect(parseParam('p', 'int', '-2147483648')).to.equal(-2147483648);
    expect(parseParam('p', 'tinyint', '127')).to.equal(127);
    expect((parseParam('p', 'bigint', '9223372036854775807') as cassandra.types.Long).toString()).to.equal('9223372036854775807');
    for (const raw of ['2147483648', '1.0', '1e3', '+1', ' 1', '', '0x10']) expect(refusal('page_id', 'int', raw)).to.match(/^Invalid page_id: '.*' is not a whole number/);
    expect(refusal('p', 'tinyint', '128')).to.equal("Invalid p: '128' is not a whole number from -128 to 127 (CQL tinyint)");
    expect(refusal('p', 'bigint', '9223372036854775808')).to.contain('(CQL bigint)');
  });
  it('takes RFC 3339 date-times only, with offsets, fractions, leap days and years before 100', () => {
    expect(parseRfc3339('2024-01-01T00:00:00Z')).to.equal(Date.UTC(2024, 0, 1));
    expect(parseRfc3339('2024-01-01T01:30:00+01:30')).to.equal(Date.UTC(2024, 0, 1));
    expect(parseRfc3339('2024-02-29t12:00:00.1234z')).to.equal(Date.UTC(2024, 1, 29, 12, 0, 0, 123));
    expect(new Date(parseRfc3339('0050-06-01T00:00:00Z')!).getUTCFullYear()).to.equal(50);
    for (const raw of ['2023-02-29T00:00:00Z', '2024-01-01', '2024-01-01T00:00Z', '2024-01-01 00:00:00Z', '2024-01-01T24:00:00Z', '2024-01-01T00:00:00', '20240101T000000Z'])
      expect(parseRfc3339(raw), raw).to.equal(undefined);
    expect(refusal('start', 'timestamp', 'yesterday')).to.equal("Invalid start: 'yesterday' is not an RFC 3339 date-time such as 2024-01-01T00:00:00Z (CQL timestamp)");
  });
  it('takes booleans, uuids (timeuuid: version 1 only), dates, decimals and ASCII text', () => {
    expect(parseParam('b', 'boolean', 'true')).to.equal(true);
    expect(refusal('b', 'boolean', 'TRUE')).to.contain('true or false');
    expect(String(parseParam('u', 'uuid', '123E4567-E89B-42D3-A456-426614174000'))).to.equal('123e4567-e89b-42d3-a456-426614174000');
    expect(refusal('u', 'timeuuid', '123e4567-e89b-42d3-a456-426614174000')).to.contain('version-1 UUID');
    expect(String(parseParam('d', 'date', '2024-02-29'))).to.equal('2024-02-29');
    expect(refusal('d', 'date', '2023-02-29')).to.contain('(CQL date)');
    expect(parseParam('x', 'double', '-1.5e3')).to.equal(-1500);
    expect(refusal('x', 'double', 'NaN')).to.contain('decimal number');
    expect(parseParam('x', 'double', '12.')).to.equal(12);
    expect(parseParam('x', 'double', '.5')).to.equal(0.5);
    // A long run of digits before a bad character is refused (the pattern cannot backtrack over it).
    expect(refusal('x', 'double', `${'1'.repeat(16000)}x`)).to.contain('decimal number');
    expect(refusal('a', 'ascii', 'Zoë')).to.contain('ASCII');
    expect(parseParam('t', 'text', 'AC/DC ?%')).to.equal('AC/DC ?%');
  });
});

describe('datasets: JSON encoding by CQL type', () => {
  it('writes a float as the shortest decimal of its 32 bits, and non-finite numbers as strings', () => {
    expect(shortestFloat32(Math.fround(0.8))).to.equal(0.8);
    expect(shortestFloat32(Math.fround(0.123456789))).to.equal(0.12345679);
    expect(shortestFloat32(Math.fround(80))).to.equal(80);
    expect(encoderFor(parseCqlType('double'))(Number.NEGATIVE_INFINITY)).to.equal('-Infinity');
    expect(encoderFor(parseCqlType('float'))(Number.NaN)).to.equal('NaN');
  });
  it('writes bigint and counter as numbers while exact, as strings beyond 2^53', () => {
    const big = encoderFor(parseCqlType('bigint'));
    expect(big(Long.fromString('9007199254740991'))).to.equal(9007199254740991);
    expect(big(Long.fromString('-9007199254740991'))).to.equal(-9007199254740991);
    expect(big(Long.fromString('9007199254740992'))).to.equal('9007199254740992');
    expect(big(Long.fromString('-9223372036854775808'))).to.equal('-9223372036854775808');
    expect(encoderFor(parseCqlType('counter'))(Long.fromNumber(5))).to.equal(5);
  });
  it('writes timestamps as RFC 3339 with milliseconds, collections element by element, null as null', () => {
    expect(encoderFor(parseCqlType('timestamp'))(new Date(Date.UTC(2025, 0, 1)))).to.equal('2025-01-01T00:00:00.000Z');
    expect(encoderFor(parseCqlType('list<bigint>'))([Long.fromString('9007199254740993'), Long.fromNumber(1)])).to.deep.equal(['9007199254740993', 1]);
    expect(encoderFor(parseCqlType('map<text, float>'))({ a: Math.fround(0.1) })).to.deep.equal({ a: 0.1 });
    expect(encoderFor(parseCqlType('set<text>'))(null)).to.equal(null);
    expect(encoderFor(parseCqlType('int'))(undefined)).to.equal(null);
  });
});

describe('datasets: declarations', () => {
  const valid = {
    name: 'series',
    keyspace: 'ks',
    table: 'series',
    route: '/public/ks/series/{item}/{start}/{end}',
    partition_key: ['item'],
    clustering: ['dt'],
    range: { column: 'dt' },
    columns: { item: 'text', dt: 'timestamp', n: 'bigint' },
  };
  const refused = (over: Record<string, unknown>) => {
    try {
      parseDatasets([{ ...valid, ...over }], 'test.yaml');
    } catch (err) {
      expect(err).to.be.instanceOf(DatasetDeclarationError);
      return (err as Error).message;
    }
    throw new Error('accepted');
  };
  it('compiles a declaration into key, range, columns and one prepared query', () => {
    const [d] = parseDatasets([valid], 'test.yaml');
    expect(d!.key.map((c) => c.name)).to.deep.equal(['item']);
    expect(d!.range).to.deep.include({ start: 'start', end: 'end' });
    expect(datasetQuery(d!)).to.equal('SELECT "item", "dt", "n" FROM "ks"."series" WHERE "item" = ? AND "dt" >= ? AND "dt" <= ?');
  });
  it('refuses routes whose parameters are not the partition key then the range, naming the file and dataset', () => {
    expect(refused({ route: '/public/ks/series/{start}/{end}' })).to.equal(
      'test.yaml: [0] (series): route: its parameters must be the partition key then the range\'s start and end, {item}/{start}/{end}, not {start}/{end}',
    );
    expect(refused({ range: undefined })).to.contain('{item}, not {item}/{start}/{end}');
  });
  it('refuses unknown columns, unknown types, collections as keys and unknown keys', () => {
    expect(refused({ partition_key: ['nope'] })).to.contain("partition_key: 'nope' is not in columns");
    expect(refused({ columns: { item: 'text', dt: 'timestamp', n: 'decimal' } })).to.contain("columns.n: unsupported CQL type 'decimal'");
    expect(refused({ partition_key: ['tags'], route: '/public/x/{tags}/{start}/{end}', columns: { tags: 'set<text>', dt: 'timestamp' } })).to.contain('a path parameter cannot bind');
    expect(refused({ colums: {} })).to.contain('invalid declaration');
  });
  it('refuses what would load and then fail every request, or take over a host\'s paths', () => {
    // A route outside the gateway's families could shadow the paths of a host that mounts it (aqs).
    expect(refused({ route: '/metrics/ks/series/{item}/{start}/{end}' })).to.contain('under /public/ or /private/');
    // Cassandra takes a range on the first clustering column only.
    expect(refused({ clustering: ['b', 'dt'], columns: { item: 'text', b: 'text', dt: 'timestamp' } })).to.contain("range: 'dt' must be the first clustering column");
    expect(refused({ clustering: [], columns: { item: 'text', dt: 'timestamp' } })).to.contain("range: 'dt' must be the first clustering column");
    // The reader quotes identifiers; a column created unquoted is stored lower-cased.
    expect(refused({ columns: { item: 'text', dt: 'timestamp', Views: 'bigint' } })).to.contain('lower-case CQL identifier');
  });
  it('refuses two datasets with one name or one route shape', () => {
    expect(() => parseDatasets([valid, valid], 'test.yaml')).to.throw("two datasets are named 'series'");
    expect(() => parseDatasets([valid, { ...valid, name: 'other', route: '/public/ks/series/{x}/{a}/{b}', partition_key: ['x'], range: { column: 'dt', start: 'a', end: 'b' }, columns: { x: 'text', dt: 'timestamp' } }], 'test.yaml')).to.throw('two datasets have the route');
  });
});
