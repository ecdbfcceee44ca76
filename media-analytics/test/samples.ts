// A path per route that answers 200 on the sample data (test-env's mediarequests sample), by
// operation id, made from the loaded window.
import { ymd } from '../../test-env/src/sample-pageviews-model.js';
import { monthOf } from '../../test-env/src/sample-pageviews-window.js';
import { SAMPLE_FILES } from '../../test-env/src/sample-mediarequests-files.js';
import { MEDIA_KEYSPACE } from '../../test-env/src/sample-mediarequests.js';
import { loadedWindowOf } from '../../test-env/src/windowed-sample.js';

const w = await loadedWindowOf(MEDIA_KEYSPACE);
const last = monthOf(w.last);

export const SAMPLES = {
  getMediarequestsPerFile: `/metrics/mediarequests/per-file/all-referers/all-agents/${encodeURIComponent(SAMPLE_FILES[0]!.actual)}/daily/${ymd(w.last - 29)}/${ymd(w.last)}`,
  getMediarequestsAggregate: `/metrics/mediarequests/aggregate/all-referers/all-media-types/all-agents/monthly/${ymd(w.first)}/${ymd(w.last)}`,
  getMediarequestsTop: `/metrics/mediarequests/top/all-referers/all-media-types/${last.year}/${last.month}/all-days`,
};
