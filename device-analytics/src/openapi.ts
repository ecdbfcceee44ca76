// The OpenAPI document of device-analytics, generated from its route declarations.
import { aqsOpenApiDocument } from '@aqs/aqsassist';
import type { CassandraClient } from '@aqs/servicelib';
import { configSchema } from './config.js';
import { routes } from './routes.js';

export function openApiDocument(version: string): Record<string, unknown> {
  const defaults = configSchema.parse({});
  return aqsOpenApiDocument({
    title: 'Wikimedia Device Analytics API',
    description: 'Unique devices per Wikimedia project, daily and monthly, from the Unique Devices dataset.',
    version,
    // Declarations only: no handler runs while the document is built.
    routes: routes(defaults.base_uri, undefined as unknown as CassandraClient, defaults.context_timeout),
  });
}
