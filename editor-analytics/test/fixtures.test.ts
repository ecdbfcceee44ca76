// The Druid fixtures of spec §5.7 for editor-analytics' routes, nock playing Druid.
import { druidFixtureSuite } from '@aqs/test-env/druid-fixtures';
import service from '../src/service.js';

druidFixtureSuite(service, 49);
