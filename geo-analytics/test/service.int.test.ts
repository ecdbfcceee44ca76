// The shared service suite (servicelib/testing): openapi.json, schemas of every route, process, outage.
import { cassandraServiceSuite } from '@aqs/servicelib/testing';
import service from '../src/service.js';
import { SAMPLES } from './samples.js';

cassandraServiceSuite(service, import.meta.url, SAMPLES);
