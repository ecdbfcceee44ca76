// A path per route that answers 200 on the sample data (test-env), by operation id: the last
// complete month of the loaded window.
import { ymd } from '../../test-env/src/sample-pageviews-model.js';
import { monthOf } from '../../test-env/src/sample-pageviews-window.js';
import { UNIQUE_DEVICES_KEYSPACE } from '../../test-env/src/sample-unique-devices.js';
import { loadedWindowOf } from '../../test-env/src/windowed-sample.js';

const last = monthOf((await loadedWindowOf(UNIQUE_DEVICES_KEYSPACE)).last);

export const SAMPLES = {
  getUniqueDevices: `/metrics/unique-devices/en.wikipedia/all-sites/daily/${ymd(last.first)}/${ymd(last.last)}`,
};
