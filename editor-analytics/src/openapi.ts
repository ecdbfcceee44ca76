// The OpenAPI document of editor-analytics, generated from its route declarations.
import { aqsOpenApiDocument, editorAnalyticsRoutes, type DruidDeps } from '@aqs/aqsassist';

export function openApiDocument(version: string): Record<string, unknown> {
  return aqsOpenApiDocument({
    title: 'Wikimedia Editor Analytics API',
    description: 'Editors and newly registered users per Wikimedia project, from the mediawiki_history_reduced Druid dataset.',
    version,
    // Declarations only: no handler runs while the document is built.
    routes: editorAnalyticsRoutes('/metrics', undefined as unknown as DruidDeps),
  });
}
