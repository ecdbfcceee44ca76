// The pageviews sample (page-analytics: spec §2.1-§2.6 tables) as a windowed sample: the window
// marker, written last, says a load completed and which window it covers, so tests and the
// benchmark regenerate the same figures (sample-pageviews-model.ts) whatever day they run.
import type cassandra from 'cassandra-driver';
import type { BatchLoad } from './load-batches.js';
import {
  aggregateRows,
  pagecountRows,
  perArticleRows,
  topByCountryRows,
  topPerCountryRows,
  topRows,
} from './sample-pageviews-rows.js';
import type { SampleWindow } from './sample-pageviews-window.js';
import { requireWindowOfLoad, type WindowedSample } from './windowed-sample.js';

const COLUMNS = 'aa, ab, "as", au, da, db, ds, du, maa, mab, mas, mau, mwa, mwb, mws, mwu';
const marks = (n: number) => new Array<string>(n).fill('?').join(', ');

export const INSERT = {
  perArticle: `INSERT INTO "local_group_default_T_pageviews_per_article_flat".data ("_domain", project, article, granularity, timestamp, "_tid", ${COLUMNS}) VALUES (${marks(22)})`,
  aggregate: 'INSERT INTO "local_group_default_T_pageviews_per_project_v2".data ("_domain", project, access, agent, granularity, timestamp, "_tid", v) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  pagecounts: 'INSERT INTO "local_group_default_T_lgc_pagecounts_per_project".data ("_domain", project, "access-site", granularity, timestamp, "_tid", count) VALUES (?, ?, ?, ?, ?, ?, ?)',
  top: 'INSERT INTO "local_group_default_T_top_pageviews".data ("_domain", project, access, year, month, day, "_tid", "articlesJSON") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  topByCountry: 'INSERT INTO "local_group_default_T_top_bycountry".data ("_domain", project, access, year, month, "_tid", "countriesJSON") VALUES (?, ?, ?, ?, ?, ?, ?)',
  topPerCountry: 'INSERT INTO "local_group_default_T_top_percountry".data ("_domain", country, access, year, month, day, "_tid", articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
} as const;

// The window marker lives in the flat table's keyspace (windowed-sample.ts).
const KEYSPACE = 'local_group_default_T_pageviews_per_article_flat';

/** The loaded window; fails with what to run when the sample is missing. */
export const readSampleWindow = (client: cassandra.Client): Promise<SampleWindow> => requireWindowOfLoad(client, KEYSPACE);

export function sampleLoads(w: SampleWindow): BatchLoad[] {
  return [
    { label: 'sample pageviews per article', query: INSERT.perArticle, partitions: perArticleRows(w) },
    { label: 'sample pageviews per project', query: INSERT.aggregate, partitions: aggregateRows(w) },
    { label: 'sample legacy pagecounts', query: INSERT.pagecounts, partitions: pagecountRows(w) },
    { label: 'sample top articles', query: INSERT.top, partitions: topRows(w) },
    { label: 'sample top countries', query: INSERT.topByCountry, partitions: topByCountryRows(w) },
    { label: 'sample top articles per country', query: INSERT.topPerCountry, partitions: topPerCountryRows(w) },
  ];
}

export const PAGEVIEWS_SAMPLE: WindowedSample = { name: 'sample pageviews', keyspace: KEYSPACE, loads: sampleLoads };
