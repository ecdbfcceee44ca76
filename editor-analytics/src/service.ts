// editor-analytics: editors and newly registered users, from the mediawiki_history_reduced Druid
// datasource named in aqs.config (or druid.datasource).
import { defineAqsService, DRUID_BASE_URI, druidServiceConfigSchema, druidStorageTimeoutMs, openDruid } from '@aqs/aqsassist';
import { routes } from './routes.js';

export const configSchema = druidServiceConfigSchema({ service_name: 'editor-analytics', listen_port: 8080 });

export default defineAqsService({
  name: 'editor-analytics',
  module: import.meta.url,
  configSchema,
  baseUri: DRUID_BASE_URI,
  stores: ['cassandra', 'druid'],
  openapi: {
    title: 'Wikimedia Editor Analytics API',
    description: 'Editors and newly registered users per Wikimedia project, from the mediawiki_history_reduced Druid dataset.',
  },
  routes,
  examples: [
    '/metrics/editors/aggregate/en.wikipedia/all-editor-types/all-page-types/5..24-edits/monthly/20230101/20250101',
    '/metrics/registered-users/new/en.wikipedia/monthly/20230101/20240101',
  ],
  open: openDruid,
  storageTimeoutMs: druidStorageTimeoutMs,
});
