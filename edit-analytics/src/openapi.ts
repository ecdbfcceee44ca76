// The OpenAPI document of edit-analytics, generated from its route declarations.
import { aqsProblemSchema, editAnalyticsRoutes, type DruidDeps } from '@aqs/aqsassist';
import { buildOpenApi } from '@aqs/servicelib';

export function openApiDocument(version: string): Record<string, unknown> {
  return buildOpenApi({
    info: {
      title: 'Wikimedia Edit Analytics API',
      version,
      description: 'Edits, bytes difference and edited pages per Wikimedia project, from the mediawiki_history_reduced Druid dataset.',
      license: { name: 'Apache 2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0.html' },
    },
    // Declarations only: no handler runs while the document is built.
    routes: editAnalyticsRoutes('/metrics', undefined as unknown as DruidDeps),
    problemSchema: aqsProblemSchema,
  });
}
