// The mediarequests sample (media-analytics, spec §2.8-§2.10), written as the production loaders
// write it (Appendix B: constant _tid; per-file daily rows only, `YYYYMMDD00`; per-referer daily
// `YYYYMMDD00` and monthly `YYYYMM0100`; top files as JSON text, monthly under day `all-days`).
// Most files have daily rows in the recent months of the window, a few over the whole window.
import { ymd } from './sample-pageviews-model.js';
import { monthOf, monthsBetween, type SampleWindow } from './sample-pageviews-window.js';
import { DOMAIN, LOADER_TID } from './sample-unique-devices.js';
import { LONG_RANGE_FILES, MEDIA_TYPES, SAMPLE_FILES } from './sample-mediarequests-files.js';
import { FILE_REFERER_SHARE, PROJECT_REFERERS, aggregateRequests, fileRequests, topFiles } from './sample-mediarequests-model.js';
import type { WindowedSample } from './windowed-sample.js';

type Rows = unknown[][];

export const MEDIA_INSERT = {
  perFile: 'INSERT INTO "local_group_default_T_mediarequest_per_file".data ("_domain", referer, file_path, granularity, timestamp, "_tid", spider, user) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  perReferer:
    'INSERT INTO "local_group_default_T_mediarequest_per_referer".data ("_domain", referer, media_type, agent, granularity, timestamp, "_tid", requests) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  top: 'INSERT INTO "local_group_default_T_mediarequest_top_files".data ("_domain", referer, media_type, year, month, day, "_tid", "filesJSON") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
} as const;

/** The first day of a file's rows for a referer: long-range files cover the window, others its recent months. */
export const firstDayOf = (index: number, w: SampleWindow): number => (index < LONG_RANGE_FILES ? w.first : w.recentFirst);
/** The referers a file has rows for: all-referers, and the others for long-range files only. */
export const referersOf = (index: number): string[] => (index < LONG_RANGE_FILES ? Object.keys(FILE_REFERER_SHARE) : ['all-referers']);

function* perFileRows(w: SampleWindow): Generator<Rows> {
  for (const [index, file] of SAMPLE_FILES.entries()) {
    for (const referer of referersOf(index)) {
      const rows: Rows = [];
      for (let day = firstDayOf(index, w); day <= w.last; day++) {
        const { user, spider } = fileRequests(index, referer, day);
        // No request that day, no row.
        if (user + spider > 0) rows.push([DOMAIN, referer, file.stored, 'daily', `${ymd(day)}00`, LOADER_TID, spider, user]);
      }
      if (rows.length) yield rows;
    }
  }
  // The monitoring example of spec Appendix C: file `-`, 0 requests on 1970-01-01.
  yield [[DOMAIN, 'en.wikipedia', '-', 'daily', '1970010100', LOADER_TID, 0, 0]];
}

export const AGGREGATE_REFERERS = ['all-referers', 'internal', 'external', 'search-engine', ...Object.keys(PROJECT_REFERERS)];
export const AGGREGATE_TYPES = ['all-media-types', ...MEDIA_TYPES];
export const AGGREGATE_AGENTS = ['all-agents', 'user', 'spider'];

function* perRefererRows(w: SampleWindow): Generator<Rows> {
  for (const referer of AGGREGATE_REFERERS) {
    for (const type of AGGREGATE_TYPES) {
      for (const agent of AGGREGATE_AGENTS) {
        const daily: Rows = [];
        const monthly = new Map<string, number>();
        for (let day = w.first; day <= w.last; day++) {
          const requests = aggregateRequests(referer, type, agent, day);
          daily.push([DOMAIN, referer, type, agent, 'daily', `${ymd(day)}00`, LOADER_TID, requests]);
          const month = `${ymd(monthOf(day).first)}00`;
          monthly.set(month, (monthly.get(month) ?? 0) + requests);
        }
        yield daily;
        yield [...monthly].map(([ts, requests]) => [DOMAIN, referer, type, agent, 'monthly', ts, LOADER_TID, requests]);
      }
    }
  }
  // Spec Appendix C: en.wikipedia all-media-types all-agents daily 1970010100 is 0.
  yield [[DOMAIN, 'en.wikipedia', 'all-media-types', 'all-agents', 'daily', '1970010100', LOADER_TID, 0]];
}

export const TOP_REFERERS = ['all-referers', 'en.wikipedia'];
export const TOP_TYPES = ['all-media-types', 'image', 'audio', 'video'];

/** A top list as stored: in file-path order, not by rank, so the service's sort is visible. */
export const storedTop = (list: ReturnType<typeof topFiles>) => JSON.stringify([...list].sort((a, b) => (a.file_path < b.file_path ? -1 : 1)));

function* topRows(w: SampleWindow): Generator<Rows> {
  const lastMonth = monthOf(w.last);
  for (const referer of TOP_REFERERS) {
    for (const type of TOP_TYPES) {
      for (const m of monthsBetween(w.first, w.last)) {
        yield [[DOMAIN, referer, type, m.year, m.month, 'all-days', LOADER_TID, storedTop(topFiles(referer, type, m.first, m.last))]];
      }
      for (let day = lastMonth.first; day <= lastMonth.last; day++) {
        yield [[DOMAIN, referer, type, lastMonth.year, lastMonth.month, ymd(day).slice(6), LOADER_TID, storedTop(topFiles(referer, type, day, day))]];
      }
    }
  }
  // Spec Appendix C: en.wikipedia all-media-types 1970/01/01 is the file `-` with 0 requests.
  yield [[DOMAIN, 'en.wikipedia', 'all-media-types', '1970', '01', '01', LOADER_TID, JSON.stringify([{ file_path: '-', requests: 0, rank: 1 }])]];
}

export const MEDIA_KEYSPACE = 'local_group_default_T_mediarequest_per_file';

export const MEDIA_SAMPLE: WindowedSample = {
  name: 'sample mediarequests',
  keyspace: MEDIA_KEYSPACE,
  loads: (w) => [
    { label: 'sample mediarequests per file', query: MEDIA_INSERT.perFile, partitions: perFileRows(w) },
    { label: 'sample mediarequests per referer', query: MEDIA_INSERT.perReferer, partitions: perRefererRows(w) },
    { label: 'sample top media files', query: MEDIA_INSERT.top, partitions: topRows(w) },
  ],
};
