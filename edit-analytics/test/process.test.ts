// The entry point operators run, `node edit-analytics/dist/main.js --config FILE`, and the bundled file the
// image ships, against the local Cassandra (aqs.config) and Druid.
import { fileURLToPath } from 'node:url';
import { processSuite } from '@aqs/test-env/druid-service-suites';

processSuite('edit-analytics', fileURLToPath(new URL('..', import.meta.url)), '/metrics/edits/aggregate/en.wikipedia/all-editor-types/all-page-types/monthly/20240101/20240301');
