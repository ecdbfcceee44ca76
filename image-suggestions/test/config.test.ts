// The gateway's configuration: the Go gateway's config tests (spec §B.8) with the scaffold default
// service_name fixed, and the keys beyond Go (datasets, context_timeout, TLS).
import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMONS_DATASETS_FILE } from '@aqs/aqsassist';
import { parseConfig, readConfigFile } from '@aqs/servicelib';
import { configErrorOf } from '@aqs/servicelib/testing';
import { configSchema } from '../src/config.js';
import { datasetFiles, loadDatasets } from '../src/datasets.js';

const parse = (doc: unknown) => parseConfig(configSchema, doc);

describe('image-suggestions config (spec §B.2, §B.8)', () => {
  it('has the Go defaults, with service_name image-suggestions (TestDefaults)', () => {
    const c = parse({});
    expect([c.service_name, c.base_uri, c.listen_address, c.listen_port, c.log_level]).to.deep.equal(['image-suggestions', '/', 'localhost', 8080, 'info']);
    expect([c.cassandra.port, c.cassandra.consistency, c.cassandra.hosts]).to.deep.equal([9042, 'quorum', ['localhost']]);
    expect([c.datasets, c.context_timeout, c.tls, c.authorized_clients]).to.deep.equal([['image_suggestions'], 5000, { cert: '', key: '', client_ca: '' }, []]);
  });
  it('keeps the values of a full file (TestFullConfig)', () => {
    const c = parse({
      service_name: 'gw', base_uri: '/v1', listen_address: '0.0.0.0', listen_port: 9000, log_level: 'debug',
      cassandra: { port: 9043, consistency: 'localQuorum', hosts: ['127.0.0.6', '127.0.0.7'], local_dc: 'datacenter1', authentication: { username: 'eevans', password: 'qwerty' }, tls: { ca: '/tmp/ca/rootCa.pem', cert: '/tmp/ca/cert.pem', key: '/tmp/ca/key.pem' } },
    });
    expect([c.base_uri, c.cassandra.consistency, c.cassandra.hosts, c.cassandra.authentication.username, c.cassandra.tls.ca]).to.deep.equal(['/v1', 'localquorum', ['127.0.0.6', '127.0.0.7'], 'eevans', '/tmp/ca/rootCa.pem']);
  });
  it('accepts every consistency and log level in any case, and names a bogus one', () => {
    for (const consistency of ['any', 'one', 'two', 'three', 'quorum', 'all', 'eachquorum', 'localquorum', 'localone', 'QuOruM', 'localONE']) parse({ cassandra: { consistency } });
    for (const log_level of ['debug', 'info', 'warning', 'error', 'fatal', 'FaTaL', 'INFO']) parse({ log_level });
    expect(configErrorOf(() => parse({ cassandra: { consistency: 'unreal' } }))).to.contain('cassandra.consistency: Unsupported consistency level: unreal');
    expect(configErrorOf(() => parse({ log_level: 'unreal' }))).to.contain('log_level: Unsupported log level: unreal');
  });
  it('checks the TLS keys as Kask does', () => {
    expect(configErrorOf(() => parse({ tls: { cert: '/c.pem' } }))).to.contain('tls: image-suggestions cert/key values are mutually inclusive');
    expect(configErrorOf(() => parse({ tls: { client_ca: '/ca.pem' } }))).to.contain('tls.client_ca: client certificates need HTTPS');
    expect(configErrorOf(() => parse({ authorized_clients: ['mediawiki'] }))).to.contain('authorized_clients: needs tls.client_ca');
    expect(configErrorOf(() => parse({ datasets: [] }))).to.contain('datasets:');
  });
  it('finds built-in datasets by name and declaration files relative to the config file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateway-config-'));
    const file = join(dir, 'config.yaml');
    writeFileSync(file, 'datasets: [commons, more/mine.yaml]\n');
    const c = readConfigFile(configSchema, file);
    expect(datasetFiles(c.datasets, file)).to.deep.equal([COMMONS_DATASETS_FILE, join(dir, 'more', 'mine.yaml')]);
    expect(() => loadDatasets(c)).to.throw(`${join(dir, 'more', 'mine.yaml')}: cannot read dataset file (ENOENT)`);
    expect(loadDatasets(parse({ datasets: ['image_suggestions', 'commons'] })).map((d) => d.name)).to.have.length(18);
  });
});
