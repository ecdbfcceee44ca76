// device-analytics reads the Go service's keys (spec kask-gateway-servicelib.md §D.1).
import { serviceConfigSchema } from '@aqs/servicelib';
import type { z } from 'zod';

export const configSchema = serviceConfigSchema({
  service_name: 'device-analytics',
  base_uri: '/metrics/unique-devices',
  listen_port: 8080,
});
export type DeviceAnalyticsConfig = z.infer<typeof configSchema>;
