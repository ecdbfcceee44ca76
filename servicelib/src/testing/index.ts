// Helpers for the services' tests (not used at run time): `@aqs/servicelib/testing`.
export { TcpProxy } from './tcp-proxy.js';
export { makeTestPki, type TestPki, type TestCert } from './pki.js';
export { runMain, freePort, waitForHealthz, imageLayout, type ServiceProcess } from './process.js';
export { memoryLogger, silentLogger } from './logs.js';
export { getJson, untilStatus, problemOf, configErrorOf, rawRequest, type Reply, type RawReply, type RawRequestOptions } from './http.js';
export { storeClient, CASSANDRA_PORT, DRUID_BROKER_PORT, WITHOUT_DRUID, LOCAL_STORES, type StorePorts } from './stores.js';
export { startInProcess } from './in-process.js';
export { serviceSuite, cassandraServiceSuite, cassandraTestConfig, type ServiceSuiteOptions } from './service-suite.js';
