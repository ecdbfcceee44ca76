import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applyCassandraEnv,
  configPathFromArgs,
  parseConfig,
  readConfigFile,
  serviceConfigSchema,
} from '../src/config.js';
import { configErrorOf } from '../src/testing/http.js';

const schema = serviceConfigSchema({ service_name: 'device-analytics', base_uri: '/metrics/unique-devices' });

const configError = configErrorOf;

describe('service config (Go keys, spec §D.1 and §B.2)', () => {
  it('has the Go defaults', () => {
    const c = parseConfig(schema, {});
    expect(c).to.deep.include({
      service_name: 'device-analytics',
      base_uri: '/metrics/unique-devices',
      listen_address: 'localhost',
      listen_port: 8080,
      log_level: 'info',
      context_timeout: 40,
    });
    expect(c.cassandra).to.deep.equal({
      hosts: ['localhost'],
      port: 9042,
      consistency: 'quorum',
      local_dc: '',
      authentication: { username: '', password: '' },
      tls: { ca: '', cert: '', key: '' },
    });
  });
  it('keeps a full file and prepends the slash to base_uri', () => {
    const c = parseConfig(schema, {
      service_name: 'svc',
      base_uri: 'v1',
      listen_address: '0.0.0.0',
      listen_port: 8090,
      log_level: 'DEBUG',
      context_timeout: 500,
      cassandra: {
        hosts: ['127.0.0.6', '127.0.0.7'],
        port: 9043,
        consistency: 'localQuorum',
        local_dc: 'datacenter1',
        authentication: { username: 'eevans', password: 'qwerty' },
        tls: { ca: '/tmp/ca/rootCa.pem', cert: '/tmp/ca/cert.pem', key: '/tmp/ca/key.pem' },
      },
    });
    expect(c.base_uri).to.equal('/v1');
    expect(c.log_level).to.equal('debug');
    expect(c.cassandra.consistency).to.equal('localquorum');
    expect(c.cassandra.hosts).to.deep.equal(['127.0.0.6', '127.0.0.7']);
    expect(c.cassandra.authentication).to.deep.equal({ username: 'eevans', password: 'qwerty' });
  });
  for (const level of ['any', 'one', 'two', 'three', 'quorum', 'all', 'eachquorum', 'localquorum', 'localone', 'QuOruM', 'localONE']) {
    it(`accepts consistency ${level}`, () => expect(parseConfig(schema, { cassandra: { consistency: level } }).cassandra.consistency).to.equal(level.toLowerCase()));
  }
  it('accepts the CQL spelling of a consistency (LOCAL_QUORUM)', () =>
    expect(parseConfig(schema, { cassandra: { consistency: 'LOCAL_QUORUM' } }).cassandra.consistency).to.equal('localquorum'));
  it('refuses an unknown consistency, naming the key', () => {
    expect(configError(() => parseConfig(schema, { cassandra: { consistency: 'unreal' } }))).to.contain('cassandra.consistency: Unsupported consistency level: unreal');
  });
  for (const level of ['debug', 'info', 'warning', 'error', 'fatal', 'FaTaL', 'INFO']) {
    it(`accepts log level ${level}`, () => expect(parseConfig(schema, { log_level: level }).log_level).to.equal(level.toLowerCase()));
  }
  it('refuses an unknown log level, naming the key', () => {
    expect(configError(() => parseConfig(schema, { log_level: 'unreal' }))).to.contain('log_level: Unsupported log level: unreal');
  });
  it('names every bad key with its path', () => {
    const msg = configError(() => parseConfig(schema, { listen_port: 'eighty', cassandra: { port: 99999, hosts: [] } }, 'bad.yaml'));
    expect(msg).to.match(/^bad\.yaml: invalid configuration/);
    expect(msg).to.contain('listen_port:');
    expect(msg).to.contain('cassandra.port:');
    expect(msg).to.contain('cassandra.hosts:');
  });
  it('refuses a TLS cert without its key', () => {
    expect(configError(() => parseConfig(schema, { cassandra: { tls: { cert: '/x.pem' } } }))).to.contain('cassandra.tls: cert and key must be set together');
  });
  it('ignores keys it does not know, as the Go services do', () => {
    expect(parseConfig(schema, { druid: { host: 'x' }, service_name: 'x' }).service_name).to.equal('x');
  });
});

describe('config files and arguments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'config-test-'));
  it('takes --config PATH, --config=PATH, or ./config.yaml', () => {
    expect(configPathFromArgs(['--config', 'a.yaml'])).to.equal('a.yaml');
    expect(configPathFromArgs(['--config=b.yaml'])).to.equal('b.yaml');
    expect(configPathFromArgs([])).to.equal('./config.yaml');
    expect(configError(() => configPathFromArgs(['--config']))).to.contain('--config needs a file path');
  });
  it('reads YAML and validates it', () => {
    const f = join(dir, 'ok.yaml');
    writeFileSync(f, 'listen_port: 8090\ncassandra:\n  hosts: [127.0.0.1]\n  local_dc: datacenter1\n');
    const c = readConfigFile(schema, f);
    expect(c.listen_port).to.equal(8090);
    expect(c.cassandra.local_dc).to.equal('datacenter1');
  });
  it('says which file is missing, which is not YAML, and which key is wrong', () => {
    expect(configError(() => readConfigFile(schema, join(dir, 'missing.yaml')))).to.contain('cannot read configuration file (ENOENT)');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'listen_port: [1,\n');
    expect(configError(() => readConfigFile(schema, bad))).to.contain('not valid YAML');
    const wrong = join(dir, 'wrong.yaml');
    writeFileSync(wrong, 'cassandra:\n  port: "9042x"\n');
    expect(configError(() => readConfigFile(schema, wrong))).to.contain('cassandra.port:');
  });
});

describe('CASSANDRA_USERNAME / CASSANDRA_PASSWORD (spec §B.2.2)', () => {
  const fresh = () => parseConfig(schema, { cassandra: { authentication: { username: 'eevans', password: 'qwerty' } } }).cassandra;
  it('override the file when both are set', () => {
    const c = fresh();
    const r = applyCassandraEnv(c, { CASSANDRA_USERNAME: 'newuser', CASSANDRA_PASSWORD: 'newpass' });
    expect(c.authentication).to.deep.equal({ username: 'newuser', password: 'newpass' });
    expect(r.notes[0]!.level).to.equal('info');
  });
  it('keep the file, with a warning, when only one is set', () => {
    for (const env of [{ CASSANDRA_USERNAME: 'newuser' }, { CASSANDRA_PASSWORD: 'newpass' }]) {
      const c = fresh();
      const r = applyCassandraEnv(c, env);
      expect(c.authentication).to.deep.equal({ username: 'eevans', password: 'qwerty' });
      expect(r.notes[0]!.level).to.equal('warning');
    }
  });
  it('keep the file, with a warning, when both are set but the username is empty (Go then dropped authentication)', () => {
    const c = fresh();
    const r = applyCassandraEnv(c, { CASSANDRA_USERNAME: '', CASSANDRA_PASSWORD: '' });
    expect(c.authentication).to.deep.equal({ username: 'eevans', password: 'qwerty' });
    expect(r.notes).to.deep.equal([{ level: 'warning', message: 'CASSANDRA_USERNAME env var provided but empty, using values from configuration file.' }]);
  });
  it('change nothing when neither is set', () => {
    const c = fresh();
    expect(applyCassandraEnv(c, {}).notes).to.deep.equal([]);
    expect(c.authentication.username).to.equal('eevans');
  });
});
