// The OpenAPI document of edit-analytics, generated from its route declarations.
import { aqsOpenApiDocument, editAnalyticsRoutes, type DruidDeps } from '@aqs/aqsassist';

export function openApiDocument(version: string): Record<string, unknown> {
  return aqsOpenApiDocument({
    title: 'Wikimedia Edit Analytics API',
    description: 'Edits, bytes difference and edited pages per Wikimedia project, from the mediawiki_history_reduced Druid dataset.',
    version,
    // Declarations only: no handler runs while the document is built.
    routes: editAnalyticsRoutes('/metrics', undefined as unknown as DruidDeps),
  });
}
