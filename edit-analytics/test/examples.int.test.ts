// make run's examples and the OpenAPI examples answer with data on the sample (test-env/src/examples-suite.ts).
import { LOCAL_STORES } from '@aqs/servicelib/testing';
import { druidTestConfig } from '@aqs/test-env/druid-harness';
import { examplesSuite } from '../../test-env/src/examples-suite.js';
import service from '../src/service.js';

examplesSuite(service, import.meta.url, druidTestConfig(LOCAL_STORES));
