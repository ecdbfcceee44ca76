// The shared service suite (servicelib/testing): the committed openapi.json is what the built-in
// declarations generate and what the gateway serves, a bad config exits 2, SIGTERM exits 0 (dist and
// the bundle laid out as in the image), and Cassandra cut or hanging gives 503, then recovery.
import { fileURLToPath } from 'node:url';
import { serviceSuite } from '@aqs/servicelib/testing';
import service from '../src/service.js';
import { gatewayConfig, SEED_PATH } from './harness.js';

serviceSuite({
  service,
  dir: fileURLToPath(new URL('..', import.meta.url)),
  config: (stores) => gatewayConfig({ context_timeout: 500 }, stores.cassandra),
  samples: {},
  probe: { path: SEED_PATH, status: 200 },
  badConfig: { yaml: 'cassandra:\n  consistency: sometimes\n', message: 'cassandra.consistency: Unsupported consistency level: sometimes' },
  outage: { store: 'cassandra' },
  imageFiles: ['openapi.json'],
});
