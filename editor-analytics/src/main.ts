// node editor-analytics/dist/main.js --config config.yaml
import { runService } from '@aqs/servicelib';
import { configSchema, createEditorAnalytics } from './app.js';

await runService({
  schema: configSchema,
  start: (config, logger) => {
    const service = createEditorAnalytics(config, logger);
    return { app: service.app, closers: [service.close] };
  },
});
