// Sample unique-devices data good enough to demo: several projects and families, every access-site,
// daily and monthly over the sample window (the 24 months up to the last complete month when it is
// loaded, sample-pageviews-window.ts), written the way the production loader writes them (spec
// Appendix B: constant _tid, daily YYYYMMDD, monthly YYYYMM01). Figures are functions of (project,
// site, day), so tests regenerate what was loaded and a reload rewrites the overlap unchanged.
//
// Besides the window, two fixed-date parts the spec's cases name, loaded whatever the day:
// en.wikipedia all-sites daily 2021-01-01..2021-02-01 with the production row of the AQS 2.0 itest
// (spec D.10.2: 2021-01-02), and the all-zero 1970-01-01 monitoring row of spec Appendix C.
import { dateOf, ymd } from './sample-pageviews-model.js';
import { monthsBetween, type SampleWindow } from './sample-pageviews-window.js';
import type { WindowedSample } from './windowed-sample.js';

export const LOADER_TID = '13814000-1dd2-11b2-8080-808080808080';
export const DOMAIN = 'analytics.wikimedia.org';
export const UNIQUE_DEVICES_KEYSPACE = 'local_group_default_T_unique_devices';

export const INSERT_UNIQUE_DEVICES = `INSERT INTO "${UNIQUE_DEVICES_KEYSPACE}".data ("_domain", project, "access-site", granularity, timestamp, "_tid", devices, offset, underestimate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Daily all-sites devices around which each project's figures vary. */
const PROJECTS: Record<string, number> = {
  'en.wikipedia': 68_000_000,
  'de.wikipedia': 11_500_000,
  'fr.wikipedia': 9_800_000,
  'es.wikipedia': 14_200_000,
  'ja.wikipedia': 12_700_000,
  'commons.wikimedia': 3_100_000,
  'en.wiktionary': 2_400_000,
  'all-wikipedia-projects': 395_000_000,
  'all-wiktionary-projects': 6_300_000,
};
export const UNIQUE_DEVICES_PROJECTS = Object.keys(PROJECTS);
export const ACCESS_SITES = ['all-sites', 'mobile-site', 'desktop-site'] as const;
const SITE_SHARE: Record<(typeof ACCESS_SITES)[number], number> = { 'all-sites': 1, 'mobile-site': 0.66, 'desktop-site': 0.41 };

/** The production values the AQS 2.0 integration test expects for en.wikipedia/all-sites/daily/2021-01-02 (spec §D.10.2). */
export const QA_ROW = { day: '20210102', devices: 75002648, offset: 14784457, underestimate: 60218191 };
/** The fixed days of en.wikipedia all-sites daily around QA_ROW that the itest's range (20210101..20210201) reads. */
export const QA_DAYS = { first: '20210101', last: '20210201' };

/** A small deterministic hash in [0, 1) so values look noisy but never change between loads. */
function noise(...parts: string[]): number {
  let h = 2166136261;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 100000) / 100000;
}

function figures(base: number, key: string[]): [number, number, number] {
  const devices = Math.round(base * (0.9 + 0.2 * noise(...key)));
  const offset = Math.round(devices * (0.17 + 0.06 * noise('offset', ...key)));
  return [devices, offset, devices - offset];
}

export interface UniqueDevicesFigures {
  devices: number;
  offset: number;
  underestimate: number;
}

/** The stored figures of a project, access-site and day (a day number, days since 1970-01-01). */
export function dailyFigures(project: string, site: (typeof ACCESS_SITES)[number], day: number): UniqueDevicesFigures {
  const d = dateOf(day);
  const stamp = ymd(day);
  if (project === 'en.wikipedia' && site === 'all-sites' && stamp === QA_ROW.day) return { devices: QA_ROW.devices, offset: QA_ROW.offset, underestimate: QA_ROW.underestimate };
  const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
  // Desktop drops at weekends, mobile rises a little: the shape Wikistats charts show.
  const weekly = site === 'desktop-site' ? (weekend ? 0.78 : 1.05) : site === 'mobile-site' ? (weekend ? 1.06 : 0.98) : 1;
  const [devices, offset, underestimate] = figures(PROJECTS[project]! * SITE_SHARE[site] * weekly, [project, site, stamp]);
  return { devices, offset, underestimate };
}

/** The stored figures of a project, access-site and month (its first day's number). */
export function monthlyFigures(project: string, site: (typeof ACCESS_SITES)[number], firstDay: number): UniqueDevicesFigures {
  const [devices, offset, underestimate] = figures(PROJECTS[project]! * SITE_SHARE[site] * 11.5, [project, site, ymd(firstDay)]);
  return { devices, offset, underestimate };
}

const row = (project: string, site: string, granularity: string, timestamp: string, f: UniqueDevicesFigures) => [
  DOMAIN, project, site, granularity, timestamp, LOADER_TID, f.devices, f.offset, f.underestimate,
];

function* uniqueDevicesRows(w: SampleWindow): Generator<unknown[][]> {
  // One partition per row: the rows go one by one.
  for (const project of UNIQUE_DEVICES_PROJECTS) {
    for (const site of ACCESS_SITES) {
      for (let day = w.first; day <= w.last; day++) yield [row(project, site, 'daily', ymd(day), dailyFigures(project, site, day))];
      for (const m of monthsBetween(w.first, w.last)) yield [row(project, site, 'monthly', ymd(m.first), monthlyFigures(project, site, m.first))];
    }
  }
  const qaFirst = Date.UTC(2021, 0, 1) / 86_400_000;
  for (let day = qaFirst; ymd(day) <= QA_DAYS.last; day++) yield [row('en.wikipedia', 'all-sites', 'daily', ymd(day), dailyFigures('en.wikipedia', 'all-sites', day))];
  // The monitoring example of spec Appendix C: en.wikipedia all-sites daily 19700101 is all zeros.
  yield [row('en.wikipedia', 'all-sites', 'daily', '19700101', { devices: 0, offset: 0, underestimate: 0 })];
}

export const UNIQUE_DEVICES_SAMPLE: WindowedSample = {
  name: 'sample unique devices',
  keyspace: UNIQUE_DEVICES_KEYSPACE,
  loads: (w) => [{ label: 'sample unique devices', query: INSERT_UNIQUE_DEVICES, partitions: uniqueDevicesRows(w) }],
};
