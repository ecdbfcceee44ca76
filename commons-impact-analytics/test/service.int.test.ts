// The shared service suite (servicelib/testing), reading Cassandra directly (data_gateway_uri empty):
// openapi.json, schemas of every route, process, Cassandra outage. Through the gateway:
// routes.int.test.ts (both modes) and gateway-outage.int.test.ts.
import { cassandraServiceSuite } from '@aqs/servicelib/testing';
import service from '../src/service.js';
import { SAMPLES } from './samples.js';

cassandraServiceSuite(service, import.meta.url, SAMPLES);
