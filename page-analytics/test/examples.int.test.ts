// make run's examples and the OpenAPI examples answer with data on the sample (test-env/src/examples-suite.ts).
import { cassandraTestConfig, LOCAL_STORES } from '@aqs/servicelib/testing';
import { examplesSuite } from '../../test-env/src/examples-suite.js';
import service from '../src/service.js';

examplesSuite(service, import.meta.url, cassandraTestConfig(LOCAL_STORES));
