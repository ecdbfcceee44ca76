// The one-process config: one file, the Go keys at the top shared by every mounted service, a few
// per-service overrides, and every bad key named where it was written.
import { expect } from 'chai';
import { parseConfig } from '@aqs/servicelib';
import { configErrorOf, LOCAL_STORES } from '@aqs/servicelib/testing';
import service from '../src/service.js';
import { MOUNTED } from '../src/mounted.js';
import { aqsConfig } from './harness.js';

const parse = (doc: Record<string, unknown>) => parseConfig(service.configSchema, doc);
const errorOf = (doc: Record<string, unknown>) => configErrorOf(() => parse(doc));
const mountedConfig = (doc: Record<string, unknown>, name: string) => parse(doc).mounted.find((m) => m.service.name === name)?.config as Record<string, any> | undefined;

describe('aqs config', () => {
  const base = aqsConfig(LOCAL_STORES);

  it('mounts every service with aqs/config.yaml, each with its own name and base_uri and the shared keys', () => {
    const config = parse(base);
    expect(config.listen_port).to.equal(8080);
    expect(config.rest_gateway_prefix).to.equal('/api/rest_v1');
    expect(config.mounted.map((m) => m.service.name)).to.deep.equal(MOUNTED.map((s) => s.name));
    const device = mountedConfig(base, 'device-analytics')!;
    expect(device).to.include({ service_name: 'device-analytics', base_uri: '/metrics/unique-devices', context_timeout: 1000 });
    expect(device.cassandra).to.deep.include({ hosts: ['127.0.0.1'], consistency: 'one', local_dc: 'datacenter1' });
    const edit = mountedConfig(base, 'edit-analytics')!;
    expect(edit).to.include({ service_name: 'edit-analytics', base_uri: '/metrics', config_table: 'aqs.config' });
    expect(edit.druid).to.include({ host: '127.0.0.1', timeout_ms: 10000 });
  });

  it('applies services.<name> to that service only, and leaves out a service with enabled: false', () => {
    const doc = { ...base, services: { 'media-analytics': { context_timeout: 2500 }, 'geo-analytics': { enabled: false } } };
    expect(mountedConfig(doc, 'media-analytics')!.context_timeout).to.equal(2500);
    expect(mountedConfig(doc, 'page-analytics')!.context_timeout).to.equal(1000);
    expect(mountedConfig(doc, 'geo-analytics')).to.equal(undefined);
  });

  it('names a bad shared key at the top level', () => {
    expect(errorOf({ ...base, cassandra: { consistency: 'sometimes' } })).to.contain('cassandra.consistency: Unsupported consistency level: sometimes');
    expect(errorOf({ ...base, listen_port: 'x' })).to.contain('listen_port:');
  });

  it('names a bad override under services.<name>', () => {
    expect(errorOf({ ...base, services: { 'edit-analytics': { context_timeout: -1 } } })).to.match(/^services\.edit-analytics\.context_timeout: /m);
  });

  it('refuses an override of what the process owns (one pool, one Druid client, one listener)', () => {
    expect(errorOf({ ...base, services: { 'geo-analytics': { cassandra: { port: 1 } } } })).to.contain(
      'services.geo-analytics.cassandra: one cassandra for the whole process: set it at the top level',
    );
  });

  it("serves the Data Gateway's datasets as image-suggestions/config.yaml does", () => {
    expect(mountedConfig(base, 'image-suggestions')).to.deep.include({ service_name: 'image-suggestions', datasets: ['image_suggestions', 'commons'] });
  });

  it('refuses client-certificate keys: aqs listens on plain HTTP', () => {
    const tls = { cert: 'c.pem', key: 'k.pem', client_ca: 'ca.pem' };
    expect(errorOf({ ...base, services: { 'image-suggestions': { tls } } })).to.match(/^services\.image-suggestions\.tls: aqs listens on plain HTTP .*run image-suggestions alone/m);
    expect(errorOf({ ...base, authorized_clients: ['mediawiki'] })).to.match(/^authorized_clients: aqs listens on plain HTTP/m);
  });

  it('refuses a service this build does not mount, naming those it does', () => {
    expect(errorOf({ ...base, services: { 'page-analytcs': {} } })).to.contain('services.page-analytcs: no such service here; this build mounts commons-impact-analytics, device-analytics');
  });

  it("says which service a shared key fails for (the Druid services' datasource rule)", () => {
    const message = errorOf({ ...base, config_table: '' });
    expect(message).to.contain('druid.datasource: set druid.datasource, or config_table to read the datasource name from Cassandra (edit-analytics)');
    expect(message).to.contain('(editor-analytics)');
    // …which one service left out no longer needs
    const doc = { ...base, config_table: '', services: { 'edit-analytics': { enabled: false }, 'editor-analytics': { config_table: 'aqs.config' } } };
    expect(mountedConfig(doc, 'editor-analytics')!.config_table).to.equal('aqs.config');
  });

  it('normalises rest_gateway_prefix and refuses an empty one', () => {
    expect(parse({ ...base, rest_gateway_prefix: 'api/rest_v1/' }).rest_gateway_prefix).to.equal('/api/rest_v1');
    expect(errorOf({ ...base, rest_gateway_prefix: '/' })).to.contain('rest_gateway_prefix: must name a path prefix');
  });
});
