// device-analytics: unique devices per project, from Cassandra. Config keys are the Go service's
// (spec kask-gateway-servicelib.md §D.1).
import { defineAqsService, openCassandraStore } from '@aqs/aqsassist';
import { serviceConfigSchema } from '@aqs/servicelib';
import type { z } from 'zod';
import { routes } from './routes.js';

const BASE_URI = '/metrics/unique-devices';

export const configSchema = serviceConfigSchema({
  service_name: 'device-analytics',
  base_uri: BASE_URI,
  listen_port: 8080,
});
export type DeviceAnalyticsConfig = z.infer<typeof configSchema>;

export default defineAqsService({
  name: 'device-analytics',
  module: import.meta.url,
  configSchema,
  baseUri: BASE_URI,
  stores: ['cassandra'],
  openapi: {
    title: 'Wikimedia Device Analytics API',
    description: 'Unique devices per Wikimedia project, daily and monthly, from the Unique Devices dataset.',
  },
  routes,
  examples: [
    '/metrics/unique-devices/en.wikipedia/all-sites/daily/20200101/20200131',
    '/metrics/unique-devices/all-wikipedia-projects/mobile-site/monthly/20200101/20201231',
  ],
  open: openCassandraStore,
});
export { UNIQUE_DEVICES_QUERY } from './unique-devices.js';
