// edit-analytics: edits, bytes difference and edited pages, from the mediawiki_history_reduced Druid
// datasource named in aqs.config (or druid.datasource).
import { defineAqsService, DRUID_BASE_URI, druidServiceConfigSchema, druidStorageTimeoutMs, openDruid } from '@aqs/aqsassist';
import { routes } from './routes.js';

export const configSchema = druidServiceConfigSchema({ service_name: 'edit-analytics', listen_port: 8080 });

export default defineAqsService({
  name: 'edit-analytics',
  module: import.meta.url,
  configSchema,
  baseUri: DRUID_BASE_URI,
  stores: ['cassandra', 'druid'],
  openapi: {
    title: 'Wikimedia Edit Analytics API',
    description: 'Edits, bytes difference and edited pages per Wikimedia project, from the mediawiki_history_reduced Druid dataset.',
  },
  routes,
  examples: [
    '/metrics/edits/aggregate/en.wikipedia/all-editor-types/all-page-types/monthly/20240101/20240701',
    '/metrics/edited-pages/top-by-edits/all-wikipedia-projects/all-editor-types/content/2024/01/all-days',
  ],
  open: openDruid,
  storageTimeoutMs: druidStorageTimeoutMs,
});
