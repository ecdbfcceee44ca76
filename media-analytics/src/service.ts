// media-analytics: mediarequests per file, per referer and top files, from Cassandra. Its name,
// title, base URI, stores, examples and extra api-spec path are in package.json ("aqs"); its routes
// in routes.ts.
import { defineCassandraService } from '@aqs/aqsassist';
import { routes } from './routes.js';

export default defineCassandraService(import.meta.url, routes);
export { PER_FILE_QUERY, perFileBinds } from './per-file.js';
