// A path per route that answers 200 on the sample data (test-env's Geoeditors sample), by operation
// id: the last month of the loaded window.
import { monthOf } from '../../test-env/src/sample-pageviews-window.js';
import { GEO_KEYSPACE } from '../../test-env/src/sample-geoeditors.js';
import { loadedWindowOf } from '../../test-env/src/windowed-sample.js';

const last = monthOf((await loadedWindowOf(GEO_KEYSPACE)).last);

export const SAMPLES = {
  getEditorsByCountry: `/metrics/editors/by-country/en.wikipedia/5..99-edits/${last.year}/${last.month}`,
};
