// The shared service suite (servicelib/testing): openapi.json, schemas of every route, process, outage.
import { fileURLToPath } from 'node:url';
import { serviceSuite } from '@aqs/servicelib/testing';
import service from '../src/service.js';
import { testConfig } from './harness.js';
import { SAMPLES } from './samples.js';

serviceSuite({
  service,
  dir: fileURLToPath(new URL('..', import.meta.url)),
  config: (stores) => testConfig(stores, 500),
  samples: SAMPLES,
  badConfig: { yaml: 'listen_port: 8090\ncassandra:\n  consistency: sometimes\n', message: 'cassandra.consistency: Unsupported consistency level: sometimes' },
  outage: { store: 'cassandra' },
  imageFiles: ['openapi.json'],
});
