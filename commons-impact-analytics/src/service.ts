// commons-impact-analytics: the 14 Commons Impact Metrics routes. Its name, title, base URI, stores
// and examples are in package.json ("aqs"); its routes in routes.ts; where it reads in open-source.ts.
import { defineAqsService } from '@aqs/aqsassist';
import { commonsConfigSchema } from './config.js';
import { openSource } from './open-source.js';
import { routes } from './routes.js';

export default defineAqsService({ module: import.meta.url, routes, config: commonsConfigSchema, open: openSource });
