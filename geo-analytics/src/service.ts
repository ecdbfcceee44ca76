// geo-analytics: editors by country, from Cassandra. Its name, title, base URI, stores and examples
// are in package.json ("aqs"); its route in routes.ts.
import { defineCassandraService } from '@aqs/aqsassist';
import { routes } from './routes.js';

export default defineCassandraService(import.meta.url, routes);
