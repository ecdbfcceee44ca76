// page-analytics: pageviews and legacy pagecounts, from Cassandra. Its name, title, base URI,
// stores and examples are in package.json ("aqs"); its routes in routes.ts.
import { defineCassandraService } from '@aqs/aqsassist';
import { routes } from './routes.js';

export default defineCassandraService(import.meta.url, routes);
export { perArticleBinds, perArticleQuery } from './per-article.js';
