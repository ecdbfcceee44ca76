// The shared service suite (servicelib/testing): process exit codes from dist/ and the image layout,
// and the store cut or hanging, answered with Go Kask's 500 problem, then recovery.
import { fileURLToPath } from 'node:url';
import { serviceSuite } from '@aqs/servicelib/testing';
import service from '../src/service.js';
import { BASE } from './harness.js';

serviceSuite({
  service,
  dir: fileURLToPath(new URL('..', import.meta.url)),
  config: (stores) => ({
    base_uri: BASE,
    default_ttl: 300,
    cassandra: { hosts: ['127.0.0.1'], port: stores.cassandra, local_dc: 'datacenter1', query_timeout_ms: 500 },
  }),
  samples: {},
  // A key nobody writes: the 404 needs the store to answer.
  probe: { path: `${BASE}shared-suite-probe-never-written`, status: 404 },
  badConfig: { yaml: 'default_ttl: -5\n', message: 'default_ttl: TTL must be a positive integer' },
  outage: { store: 'cassandra', status: 500 },
  imageFiles: ['openapi.yaml'],
});
