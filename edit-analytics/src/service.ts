// edit-analytics: edits, bytes difference and edited pages, from the mediawiki_history_reduced Druid datasource named in aqs.config (or druid.datasource). Its name, title, base URI,
// stores and examples are in package.json ("aqs"); its routes in routes.ts.
import { defineDruidService } from '@aqs/aqsassist';
import { routes } from './routes.js';

export default defineDruidService(import.meta.url, routes);
