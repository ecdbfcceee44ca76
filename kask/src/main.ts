// node kask/dist/main.js --config config.yaml
import { runService } from '@aqs/servicelib';
import { configSchema, createKask } from './app.js';

await runService({
  schema: configSchema,
  start: (config, logger) => {
    const kask = createKask(config, logger);
    return { app: kask.app, closers: [kask.close], tls: kask.tls };
  },
});
