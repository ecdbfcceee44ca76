// device-analytics: unique devices per project, from Cassandra. Its name, title, base URI,
// stores and examples are in package.json ("aqs"); its routes in routes.ts.
import { defineCassandraService } from '@aqs/aqsassist';
import { routes } from './routes.js';

export default defineCassandraService(import.meta.url, routes);
export { UNIQUE_DEVICES_QUERY } from './unique-devices.js';
