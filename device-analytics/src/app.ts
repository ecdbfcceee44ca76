// device-analytics as a factory: tests and a future all-in-one process build it from a config object.
import { createAqsApp, createAqsCassandraClient, readPackageJson } from '@aqs/aqsassist';
import type { CassandraClient, Logger } from '@aqs/servicelib';
import type Koa from 'koa';
import type { DeviceAnalyticsConfig } from './config.js';
import { routes } from './routes.js';

export { configSchema, type DeviceAnalyticsConfig } from './config.js';
export { UNIQUE_DEVICES_QUERY } from './unique-devices.js';

export const SERVICE = 'device-analytics';
export const VERSION = readPackageJson<{ version: string }>(import.meta.url, 'package.json').version;

export interface DeviceAnalytics {
  app: Koa;
  client: CassandraClient;
  close(): Promise<void>;
}

export function createDeviceAnalytics(config: DeviceAnalyticsConfig, logger: Logger): DeviceAnalytics {
  const client = createAqsCassandraClient(config, logger);
  const app = createAqsApp({
    name: SERVICE,
    version: VERSION,
    config,
    logger,
    routes: routes(config.base_uri, client, config.context_timeout),
    apiSpec: readPackageJson(import.meta.url, 'openapi.json'),
  });
  return { app, client, close: () => client.shutdown() };
}
