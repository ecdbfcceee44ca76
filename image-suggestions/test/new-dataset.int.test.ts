// Adding a dataset is a declaration, not code: this test creates a table of its own covering every
// CQL type the gateway encodes, writes a declaration file beside a config file that names it
// (relative path), starts the gateway process from dist/ with that config, and gets the route, the
// JSON encoding of every type, the clustering range (both ends included), the 400s of its typed
// parameters, and the OpenAPI document with the row schema derived from the column types.
import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import cassandra from 'cassandra-driver';
import { stringify as toYaml } from 'yaml';
import { cassandraTestConfig, freePort, getJson, LOCAL_STORES, runMain, storeClient, waitForHealthz, type ServiceProcess } from '@aqs/servicelib/testing';

const KEYSPACE = 'gateway_test_datasets';
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const { Long, Uuid, TimeUuid, LocalDate, InetAddress } = cassandra.types;

const DECLARATION = `
- name: every_type
  keyspace: ${KEYSPACE}
  table: every_type
  route: /public/gateway_test/every_type/{source}/{shard}/{start}/{end}
  summary: Every CQL type the gateway encodes
  partition_key: [source, shard]
  clustering: [at]
  range: { column: at, start: start, end: end }
  example: { source: test, shard: 7, start: "2024-01-01T00:00:00Z", end: "2024-12-31T00:00:00Z" }
  columns:
    source: text
    shard: int
    at: timestamp
    a_ascii: ascii
    a_bigint: bigint
    a_blob: blob
    a_boolean: boolean
    a_date: date
    a_double: double
    a_float: float
    a_inet: inet
    a_int: int
    a_list: list<int>
    a_map: map<text, bigint>
    a_set: set<text>
    a_smallint: smallint
    a_text: text
    a_timestamp: timestamp
    a_timeuuid: timeuuid
    a_tinyint: tinyint
    a_uuid: uuid
`;

const TABLE = `CREATE TABLE IF NOT EXISTS ${KEYSPACE}.every_type (
  source text, shard int, at timestamp,
  a_ascii ascii, a_bigint bigint, a_blob blob, a_boolean boolean, a_date date, a_double double, a_float float,
  a_inet inet, a_int int, a_list list<int>, a_map map<text, bigint>, a_set set<text>, a_smallint smallint,
  a_text text, a_timestamp timestamp, a_timeuuid timeuuid, a_tinyint tinyint, a_uuid uuid,
  PRIMARY KEY ((source, shard), at))`;

const INSERT = `INSERT INTO ${KEYSPACE}.every_type (source, shard, at, a_ascii, a_bigint, a_blob, a_boolean, a_date, a_double, a_float, a_inet, a_int, a_list, a_map, a_set, a_smallint, a_text, a_timestamp, a_timeuuid, a_tinyint, a_uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

const TIMEUUID = '644c90bc-ba40-11ec-ba4c-f0d4e2e69820';
const UUID = '123e4567-e89b-42d3-a456-426614174000';
const at = (month: number) => new Date(Date.UTC(2024, month - 1, 1));

/** Three rows of partition (test, 7): every type set, big and NaN values, and every value null. */
const ROWS: unknown[][] = [
  [
    'test', 7, at(1), 'plain ascii', Long.fromString('9007199254740993'), Buffer.from('gateway'), true, LocalDate.fromString('2024-02-29'),
    0.1, 0.8, InetAddress.fromString('192.0.2.1'), -2147483648, [3, 1, 2], { big: Long.fromString('-9007199254740993'), small: Long.fromNumber(42) },
    ['b', 'a'], 32767, 'Zoë ★ 東京', new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)), TimeUuid.fromString(TIMEUUID), -128, Uuid.fromString(UUID),
  ],
  [
    'test', 7, at(2), '', Long.fromNumber(9007199254740991), Buffer.alloc(0), false, LocalDate.fromString('1970-01-01'),
    Number.NaN, Number.POSITIVE_INFINITY, InetAddress.fromString('2001:db8::1'), 0, [], {}, [], 0, '', new Date(0), TimeUuid.fromString(TIMEUUID), 0, Uuid.fromString(UUID),
  ],
  ['test', 7, at(3), ...Array.from({ length: 18 }, () => null)],
];

const EXPECTED = [
  {
    source: 'test', shard: 7, at: '2024-01-01T00:00:00.000Z',
    a_ascii: 'plain ascii', a_bigint: '9007199254740993', a_blob: Buffer.from('gateway').toString('base64'), a_boolean: true,
    a_date: '2024-02-29', a_double: 0.1, a_float: 0.8, a_inet: '192.0.2.1', a_int: -2147483648, a_list: [3, 1, 2],
    a_map: { big: '-9007199254740993', small: 42 }, a_set: ['a', 'b'], a_smallint: 32767, a_text: 'Zoë ★ 東京',
    a_timestamp: '2024-01-02T03:04:05.006Z', a_timeuuid: TIMEUUID, a_tinyint: -128, a_uuid: UUID,
  },
  {
    source: 'test', shard: 7, at: '2024-02-01T00:00:00.000Z',
    // An empty blob, text or ascii is a value; empty collections are stored as null.
    a_ascii: '', a_bigint: 9007199254740991, a_blob: '', a_boolean: false, a_date: '1970-01-01', a_double: 'NaN', a_float: 'Infinity',
    a_inet: '2001:db8::1', a_int: 0, a_list: null, a_map: null, a_set: null, a_smallint: 0, a_text: '', a_timestamp: '1970-01-01T00:00:00.000Z',
    a_timeuuid: TIMEUUID, a_tinyint: 0, a_uuid: UUID,
  },
  {
    source: 'test', shard: 7, at: '2024-03-01T00:00:00.000Z',
    a_ascii: null, a_bigint: null, a_blob: null, a_boolean: null, a_date: null, a_double: null, a_float: null, a_inet: null, a_int: null,
    a_list: null, a_map: null, a_set: null, a_smallint: null, a_text: null, a_timestamp: null, a_timeuuid: null, a_tinyint: null, a_uuid: null,
  },
];

describe('image-suggestions: a new dataset from a declaration alone (a table the test creates)', function () {
  this.timeout(60000);
  let svc: ServiceProcess;
  let origin: string;
  const base = '/public/gateway_test/every_type/test/7';

  before(async () => {
    const client = storeClient();
    try {
      await client.execute(`CREATE KEYSPACE IF NOT EXISTS ${KEYSPACE} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': '1'}`);
      await client.execute(TABLE);
      await client.execute(`TRUNCATE ${KEYSPACE}.every_type`);
      for (const row of ROWS) await client.execute(INSERT, row, { prepare: true });
    } finally {
      await client.shutdown();
    }
    const dir = mkdtempSync(join(tmpdir(), 'gateway-new-dataset-'));
    writeFileSync(join(dir, 'every_type.yaml'), DECLARATION);
    const port = await freePort();
    writeFileSync(
      join(dir, 'config.yaml'),
      toYaml({
        listen_address: '127.0.0.1',
        listen_port: port,
        datasets: ['every_type.yaml', 'image_suggestions'],
        cassandra: cassandraTestConfig(LOCAL_STORES).cassandra,
      }),
    );
    origin = `http://127.0.0.1:${port}`;
    svc = runMain(MAIN, ['--config', join(dir, 'config.yaml')]);
    expect(await waitForHealthz(origin, svc.child), svc.out() + svc.err()).to.equal(true);
  });
  after(async () => {
    svc?.child.kill('SIGTERM');
    await svc?.exited;
  });

  it('serves the route with every CQL type encoded (bigint past 2^53 as a string, float as written, NaN as a string, sets sorted, empty collections null)', async () => {
    const r = await getJson(`${origin}${base}/2024-01-01T00:00:00Z/2024-12-31T00:00:00Z`);
    expect(r.status, r.text).to.equal(200);
    expect(r.body).to.deep.equal({ rows: EXPECTED });
    expect(r.text).to.equal(JSON.stringify({ rows: EXPECTED }));
  });

  it('includes both ends of the range, and takes RFC 3339 offsets and fractions', async () => {
    const only = async (start: string, end: string) => (await getJson(`${origin}${base}/${start}/${end}`)).body.rows.map((row: { at: string }) => row.at);
    expect(await only('2024-02-01T00:00:00Z', '2024-03-01T00:00:00Z')).to.deep.equal(['2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z']);
    expect(await only('2024-02-01T01:00:00%2B01:00', '2024-02-01T00:00:00.000z')).to.deep.equal(['2024-02-01T00:00:00.000Z']);
    expect(await only('2024-02-01T00:00:00.001Z', '2024-02-29T23:59:59.999Z')).to.deep.equal([]);
  });

  for (const [path, detail] of [
    ['/test/x/2024-01-01T00:00:00Z/2024-12-31T00:00:00Z', "Invalid shard: 'x' is not a whole number from -2147483648 to 2147483647 (CQL int)"],
    ['/test/7/2024-13-01T00:00:00Z/2024-12-31T00:00:00Z', "Invalid start: '2024-13-01T00:00:00Z' is not an RFC 3339 date-time such as 2024-01-01T00:00:00Z (CQL timestamp)"],
    ['/test/7/2024-01-01/2024-12-31T00:00:00Z', "Invalid start: '2024-01-01' is not an RFC 3339 date-time such as 2024-01-01T00:00:00Z (CQL timestamp)"],
    ['/test/7/2024-01-01T00:00:00Z/2023-02-29T00:00:00Z', "Invalid end: '2023-02-29T00:00:00Z' is not an RFC 3339 date-time such as 2024-01-01T00:00:00Z (CQL timestamp)"],
  ] as const) {
    it(`answers a 400 problem naming the parameter: ${path}`, async () => {
      const r = await getJson(`${origin}/public/gateway_test/every_type${path}`);
      expect([r.status, r.type]).to.deep.equal([400, 'application/problem+json']);
      expect(r.body).to.deep.equal({ status: 400, type: 'about:blank', title: 'Bad Request', detail });
    });
  }

  it('documents the route in its OpenAPI document: typed parameters, a row schema from the column types, and the body valid against it', async () => {
    const doc = (await getJson(`${origin}/image-suggestions/api-spec.json`)).body;
    const op = doc.paths['/public/gateway_test/every_type/{source}/{shard}/{start}/{end}'].get;
    expect(op.operationId).to.equal('every_type');
    expect(op.parameters.map((p: { name: string; schema: unknown }) => [p.name, p.schema])).to.deep.equal([
      ['source', { type: 'string', minLength: 1 }],
      ['shard', { type: 'integer', minimum: -2147483648, maximum: 2147483647 }],
      ['start', { type: 'string', format: 'date-time' }],
      ['end', { type: 'string', format: 'date-time' }],
    ]);
    const row = doc.components.schemas[op.responses['200'].content['application/json'].schema.properties.rows.items.$ref.split('/').pop()];
    expect(row.required).to.deep.equal(Object.keys(EXPECTED[0]!));
    expect(row.properties.shard).to.deep.equal({ type: 'integer', minimum: -2147483648, maximum: 2147483647, 'x-cql-type': 'int' });
    expect(row.properties.a_set).to.deep.equal({ type: ['array', 'null'], items: { type: ['string', 'null'] }, uniqueItems: true, 'x-cql-type': 'set<text>' });
    expect(row.properties.a_timestamp).to.deep.equal({ type: ['string', 'null'], format: 'date-time', 'x-cql-type': 'timestamp' });
    expect(Object.keys(doc.paths)).to.include('/public/image_suggestions/suggestions/{wiki}/{page_id}');
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema(doc, 'doc');
    const answer = { $ref: `doc#/paths/${encodeURIComponent('/public/gateway_test/every_type/{source}/{shard}/{start}/{end}'.replaceAll('/', '~1'))}/get/responses/200/content/application~1json/schema` };
    const valid = ajv.validate(answer, { rows: EXPECTED });
    expect(valid, JSON.stringify(ajv.errors)).to.equal(true);
    const broken = ajv.validate(answer, { rows: [{ ...EXPECTED[0], a_int: 'one' }] });
    expect(broken).to.equal(false);
  });
});

describe('image-suggestions: a declaration the gateway refuses', function () {
  this.timeout(30000);
  it('does not start, and says which file, dataset and column are wrong', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateway-bad-dataset-'));
    writeFileSync(join(dir, 'bad.yaml'), DECLARATION.replace('a_uuid: uuid', 'a_uuid: decimal'));
    writeFileSync(join(dir, 'config.yaml'), toYaml({ listen_address: '127.0.0.1', listen_port: await freePort(), datasets: ['bad.yaml'] }));
    const p = runMain(MAIN, ['--config', join(dir, 'config.yaml')]);
    expect(await p.exited).to.equal(1);
    expect(p.out()).to.contain(`${join(dir, 'bad.yaml')}: [0] (every_type): columns.a_uuid: unsupported CQL type 'decimal'`);
  });
});
