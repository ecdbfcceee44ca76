// Loads the pageviews sample (page-analytics: spec §2.1-§2.6 tables) unless it is there already:
// the window marker, written last, says a load completed and which window it covers, so tests and
// the benchmark regenerate the same figures (sample-pageviews-model.ts) whatever day they run.
import type cassandra from 'cassandra-driver';
import { writePartitions, type BatchLoad } from './load-batches.js';
import {
  aggregateRows,
  pagecountRows,
  perArticleRows,
  topByCountryRows,
  topPerCountryRows,
  topRows,
} from './sample-pageviews-rows.js';
import { parseWindowText, sampleWindow, windowText, type SampleWindow } from './sample-pageviews-window.js';
import { LOADER_TID } from './sample-unique-devices.js';

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

// The marker lives in the flat table's RESTBase `meta` table, which AQS never reads.
const MARKER_KEY = 'aqs-ts-sample-window';
const WRITE_MARKER = 'INSERT INTO "local_group_default_T_pageviews_per_article_flat".meta (key, tid, value) VALUES (?, ?, ?)';
const READ_MARKER = 'SELECT value FROM "local_group_default_T_pageviews_per_article_flat".meta WHERE key = ?';

/** The window of the loaded sample, or undefined when no load has completed. */
export async function loadedWindow(client: cassandra.Client): Promise<SampleWindow | undefined> {
  const rs = await client.execute(READ_MARKER, [MARKER_KEY], { prepare: true });
  const value = rs.first()?.get('value') as string | undefined;
  return value ? parseWindowText(value) : undefined;
}

/** The loaded window; fails with what to run when the sample is missing. */
export async function readSampleWindow(client: cassandra.Client): Promise<SampleWindow> {
  const w = await loadedWindow(client);
  if (!w) throw new Error('no pageviews sample in Cassandra: run `node test-env/dist/env-up.js` (make env-up)');
  return w;
}

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

/** Writes the sample unless a completed load is there (`reload` writes it again, for the current window). */
export async function loadSamplePageviews(client: cassandra.Client, opts: { reload: boolean; log: (msg: string) => void }): Promise<void> {
  const present = await loadedWindow(client);
  const current = sampleWindow(new Date());
  if (present && !opts.reload) {
    const text = windowText(present);
    const stale = present.last < current.last ? `; make seed moves it to ${windowText(current).last}` : '';
    opts.log(`sample pageviews already loaded (${text.first}..${text.last}${stale})`);
    return;
  }
  const started = Date.now();
  let rows = 0;
  for (const load of sampleLoads(current)) {
    const written = await writePartitions(client, load, opts.log);
    opts.log(`${load.label}: ${written} rows written`);
    rows += written;
  }
  await client.execute(WRITE_MARKER, [MARKER_KEY, LOADER_TID, JSON.stringify(windowText(current))], { prepare: true });
  const text = windowText(current);
  opts.log(`sample pageviews loaded: ${rows} rows, ${text.first}..${text.last}, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
