// The shared service suite (servicelib/testing): openapi.json, schemas of every route, process, outage.
import { fileURLToPath } from 'node:url';
import { serviceSuite } from '@aqs/servicelib/testing';
import { druidTestConfig } from '@aqs/test-env/druid-harness';
import service from '../src/service.js';
import { SAMPLES } from './samples.js';

serviceSuite({
  service,
  dir: fileURLToPath(new URL('..', import.meta.url)),
  config: (stores) => druidTestConfig(stores, 3000),
  samples: SAMPLES,
  badConfig: { yaml: 'listen_port: 0\n', message: 'druid.datasource: set druid.datasource, or config_table' },
  outage: { store: 'druid' },
  imageFiles: ['openapi.json'],
});
