// node device-analytics/dist/main.js --config config.yaml
import { runService } from '@aqs/servicelib';
import { configSchema, createDeviceAnalytics } from './app.js';

await runService({
  schema: configSchema,
  start: (config, logger) => {
    const service = createDeviceAnalytics(config, logger);
    return { app: service.app, closers: [service.close] };
  },
});
