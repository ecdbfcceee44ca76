// The entry point operators run, `node editor-analytics/dist/main.js --config FILE`, and the bundled file the
// image ships, against the local Cassandra (aqs.config) and Druid.
import { fileURLToPath } from 'node:url';
import { processSuite } from '@aqs/test-env/druid-service-suites';

processSuite('editor-analytics', fileURLToPath(new URL('..', import.meta.url)), '/metrics/registered-users/new/en.wikipedia/monthly/20230101/20230401');
