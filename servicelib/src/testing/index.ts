// Helpers for the services' tests (not used at run time): `@aqs/servicelib/testing`.
export { TcpProxy } from './tcp-proxy.js';
export { makeTestPki, type TestPki, type TestCert } from './pki.js';
export { runMain, freePort, waitForHealthz, imageLayout, type ServiceProcess } from './process.js';
export { memoryLogger, silentLogger } from './logs.js';
