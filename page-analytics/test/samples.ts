// A path per route that answers 200 on the sample data (test-env's pageviews sample), by operation
// id. The sample covers the 24 months before it was loaded, so the paths are made from its window.
import { dateOf, ymd } from '../../test-env/src/sample-pageviews-model.js';
import { loadedSampleWindow } from './harness.js';

const w = await loadedSampleWindow();
const [year, month, day] = dateOf(w.last).toISOString().slice(0, 10).split('-');

export const SAMPLES = {
  getPageviewsPerArticle: `/metrics/pageviews/per-article/en.wikipedia/all-access/all-agents/Main_Page/daily/${ymd(w.last - 29)}/${ymd(w.last)}`,
  getPageviewsAggregate: `/metrics/pageviews/aggregate/all-projects/all-access/all-agents/monthly/${ymd(w.first)}/${ymd(w.last)}`,
  getPageviewsTop: `/metrics/pageviews/top/en.wikipedia/all-access/${year}/${month}/all-days`,
  getPageviewsTopByCountry: `/metrics/pageviews/top-by-country/en.wikipedia/all-access/${year}/${month}`,
  getPageviewsTopPerCountry: `/metrics/pageviews/top-per-country/US/all-access/${year}/${month}/${day}`,
  getLegacyPagecountsAggregate: `/metrics/legacy/pagecounts/aggregate/en.wikipedia/all-sites/daily/${ymd(w.first)}00/${ymd(w.last)}00`,
};
