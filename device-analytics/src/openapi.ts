// The OpenAPI document of device-analytics, generated from its route declarations.
import { aqsProblemSchema } from '@aqs/aqsassist';
import { buildOpenApi, type CassandraClient } from '@aqs/servicelib';
import { configSchema } from './config.js';
import { routes } from './routes.js';

export function openApiDocument(version: string): Record<string, unknown> {
  const defaults = configSchema.parse({});
  return buildOpenApi({
    info: {
      title: 'Wikimedia Device Analytics API',
      version,
      description: 'Unique devices per Wikimedia project, daily and monthly, from the Unique Devices dataset.',
      license: { name: 'Apache 2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0.html' },
    },
    // Declarations only: no handler runs while the document is built.
    routes: routes(defaults.base_uri, undefined as unknown as CassandraClient, defaults.context_timeout),
    problemSchema: aqsProblemSchema,
  });
}
