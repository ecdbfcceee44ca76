// The shared service suite (servicelib/testing): openapi.json, schemas of every route, process, outage.
import { druidServiceSuite } from '@aqs/test-env/druid-harness';
import service from '../src/service.js';
import { SAMPLES } from './samples.js';

druidServiceSuite(service, import.meta.url, SAMPLES);
