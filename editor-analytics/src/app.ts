// editor-analytics as a factory: tests and a future all-in-one process build it from a config object.
import { createDruidService, druidServiceConfigSchema, readPackageJson, editorAnalyticsRoutes, type DruidService, type DruidServiceConfig } from '@aqs/aqsassist';
import type { Logger } from '@aqs/servicelib';

export const SERVICE = 'editor-analytics';
export const VERSION = readPackageJson<{ version: string }>(import.meta.url, 'package.json').version;
export const configSchema = druidServiceConfigSchema({ service_name: SERVICE, listen_port: 8080 });
export type { DruidServiceConfig };

export function createEditorAnalytics(config: DruidServiceConfig, logger: Logger): DruidService {
  return createDruidService({
    name: SERVICE,
    version: VERSION,
    config,
    logger,
    routes: editorAnalyticsRoutes,
    apiSpec: readPackageJson(import.meta.url, 'openapi.json'),
  });
}
