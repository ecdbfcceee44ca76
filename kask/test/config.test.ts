// Kask's configuration (spec §A.2, §A.15.4): Go Kask's defaults and messages, and the keys we add.
import { expect } from 'chai';
import { parse } from 'yaml';
import { parseConfig } from '@aqs/servicelib';
import { configErrorOf } from '@aqs/servicelib/testing';
import { configSchema, normalizeBaseUri } from '../src/config.js';

const load = (yaml: string) => parseConfig(configSchema, parse(yaml) ?? {});
const failure = (yaml: string): string => configErrorOf(() => load(yaml));

describe('kask config', () => {
  it('has Go Kask defaults (TestConfigDefaults)', () => {
    const c = load('');
    expect(c).to.deep.include({
      service_name: 'kask', base_uri: '/v1/', listen_address: 'localhost', listen_port: 8080,
      default_ttl: 86400, log_level: 'info', openapi_spec: '', max_key_bytes: 255, max_value_bytes: 1048576, body_timeout_ms: 5000,
    });
    expect(c.authorized_clients).to.deep.equal([]);
    expect(c.cassandra).to.deep.include({
      hosts: ['localhost'], port: 9042, keyspace: 'kask', table: 'values', local_dc: '',
      query_timeout_ms: 12000, connect_timeout_ms: 5000, consistency: 'localquorum', delete_consistency: 'eachquorum',
    });
  });

  it('parses a full file (TestNewConfig)', () => {
    const c = load(`
service_name: kittens
base_uri: /kittens/v1
listen_address: 0.0.0.0
listen_port: 8081
default_ttl: 300
log_level: DEBUG
openapi_spec: /etc/kask/openapi.yaml
tls: { cert: /c.pem, key: /k.pem, client_ca: /ca.pem }
authorized_clients: [mediawiki]
cassandra:
  hosts: [10.0.0.1, 10.0.0.2, 10.0.0.3]
  port: 9043
  keyspace: sessions
  table: data
  local_dc: eqiad
  query_timeout_ms: 1
  connect_timeout_ms: 1
  consistency: quorum
  delete_consistency: LOCAL_QUORUM
  authentication: { username: myuser, password: mypass }
  tls: { ca: /ca.pem, cert: /cert.pem, key: /key.pem }
unknown_key_is_ignored: true
`);
    expect(c.base_uri).to.equal('/kittens/v1/');
    expect(c.log_level).to.equal('debug');
    expect(c.cassandra.hosts).to.have.length(3);
    expect(c.cassandra).to.deep.include({ port: 9043, query_timeout_ms: 1, connect_timeout_ms: 1, consistency: 'quorum', delete_consistency: 'localquorum' });
    expect(c.cassandra.authentication).to.deep.equal({ username: 'myuser', password: 'mypass' });
    expect(c.cassandra.tls).to.deep.equal({ ca: '/ca.pem', cert: '/cert.pem', key: '/key.pem' });
    expect(c.tls).to.deep.equal({ cert: '/c.pem', key: '/k.pem', client_ca: '/ca.pem' });
  });

  const baseUris: [string, string][] = [
    ['/sessions/v1', '/sessions/v1/'],
    ['/sessions/v1/', '/sessions/v1/'],
    ['kittens', '/kittens/'],
    ['/', '/'],
  ];
  for (const [given, want] of baseUris) it(`normalises base_uri ${given} to ${want}`, () => expect(normalizeBaseUri(given)).to.equal(want));

  const rules: [string, string, string][] = [
    ['a negative TTL (TestNegativeTTL)', 'default_ttl: -1', 'default_ttl: TTL must be a positive integer'],
    ['a TTL Cassandra would refuse', 'default_ttl: 630720001', "default_ttl: TTL must be at most 630720000 seconds (Cassandra's limit)"],
    ['an unknown log level (TestInvalidLogLevel)', 'log_level: emergency', 'log_level: Unsupported log level: emergency'],
    ['a TLS key without a cert', 'tls: { key: /k.pem }', 'tls: Kask cert/key values are mutually inclusive'],
    ['a TLS cert without a key', 'tls: { cert: /c.pem }', 'tls: Kask cert/key values are mutually inclusive'],
    ['a username without a password', 'cassandra: { authentication: { username: u } }', 'cassandra.authentication: Cassandra username/password values are mutually inclusive'],
    ['a password without a username', 'cassandra: { authentication: { password: p } }', 'cassandra.authentication: Cassandra username/password values are mutually inclusive'],
    ['a Cassandra TLS key without a CA (TestCaValidation)', 'cassandra: { tls: { key: /k.pem } }', 'cassandra.tls.ca: a Cassandra CA must be configured if key and cert are'],
    ['a Cassandra TLS cert without a CA', 'cassandra: { tls: { cert: /c.pem } }', 'cassandra.tls.ca: a Cassandra CA must be configured if key and cert are'],
    ['a Cassandra CA with a cert but no key', 'cassandra: { tls: { ca: /ca.pem, cert: /c.pem } }', 'cassandra.tls: Cassandra TLS key/cert values are mutually inclusive'],
    ['a client CA without HTTPS', 'tls: { client_ca: /ca.pem }', 'tls.client_ca: client certificates need HTTPS'],
    ['authorized_clients without a client CA', 'authorized_clients: [mediawiki]', 'authorized_clients: needs tls.client_ca'],
    ['a zero value limit', 'max_value_bytes: 0', 'max_value_bytes:'],
    ['a zero body timeout', 'body_timeout_ms: 0', 'body_timeout_ms:'],
    ['an unknown consistency', 'cassandra: { delete_consistency: sometimes }', 'cassandra.delete_consistency: Unsupported consistency level: sometimes'],
  ];
  for (const [name, yaml, message] of rules) it(`refuses ${name}`, () => expect(failure(yaml)).to.contain(message));

  it('accepts a Cassandra CA alone, and a CA with both cert and key', () => {
    expect(load('cassandra: { tls: { ca: /ca.pem } }').cassandra.tls.ca).to.equal('/ca.pem');
    expect(load('cassandra: { tls: { ca: /ca.pem, cert: /c, key: /k } }').cassandra.tls.key).to.equal('/k');
  });

  it('accepts TTL 0 (never expires)', () => expect(load('default_ttl: 0').default_ttl).to.equal(0));
});
