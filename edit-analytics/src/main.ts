// node edit-analytics/dist/main.js --config config.yaml
import { runService } from '@aqs/servicelib';
import { configSchema, createEditAnalytics } from './app.js';

await runService({
  schema: configSchema,
  start: (config, logger) => {
    const service = createEditAnalytics(config, logger);
    return { app: service.app, closers: [service.close] };
  },
});
