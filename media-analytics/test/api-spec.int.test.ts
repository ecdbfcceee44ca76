// The OpenAPI document at the path the REST gateway asks for (aqs2-notes §2.2: mediarequests →
// /mediarequests/api-spec.json) as well as at /media-analytics/api-spec.json.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { getJson } from '@aqs/servicelib/testing';
import { withCassandraService } from '../../test-env/src/cassandra-harness.js';
import service from '../src/service.js';

describe('media-analytics: api-spec paths', () => {
  const t = withCassandraService(service);
  const committed = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
  for (const path of ['/mediarequests/api-spec.json', '/media-analytics/api-spec.json']) {
    it(`serves openapi.json at ${path}`, async () => {
      const reply = await getJson(t.url('x').replace(/\/metrics\/x$/, path));
      expect(reply.status).to.equal(200);
      expect(reply.body).to.deep.equal(committed);
    });
  }
});
