// The pageviews sample as functions of (what, when): the loader writes rows from them and the tests
// compute their expectations from them (an oracle), so neither depends on the day they run.
//
// Values come from a seeded counter-based PRNG: unit(stream, ids…, day) hashes its integer
// arguments with the seed, so a figure never depends on the order anything is generated in, nor on
// the sample window (a reload in a later month writes the same figure for the same article and day).
//
// Shape: views split into 3 access methods × 3 agent types (the leaves); the `all-…` values are the
// sums of the leaves, as the loaders' GROUPING SETS make them. Hourly project views add up to the
// daily ones, daily to monthly; all-projects is the sum of the projects.
import { ARTICLE_PROJECTS, SEASONAL_TITLES, SERIES_PROJECTS, TITLES } from './sample-pageviews-titles.js';

export type ArticleProject = (typeof ARTICLE_PROJECTS)[number];
export type SeriesProject = (typeof SERIES_PROJECTS)[number] | 'all-projects';

export const ACCESS_NAMES = ['all-access', 'desktop', 'mobile-app', 'mobile-web'] as const;
export const AGENT_NAMES = ['all-agents', 'automated', 'spider', 'user'] as const;
export type AccessName = (typeof ACCESS_NAMES)[number];
export type AgentName = (typeof AGENT_NAMES)[number];

const SEED = 0x5eed_2026;
const STREAM = { day: 1, spike: 2, spikeSize: 3, tilt: 4, agents: 5, leaf: 6, hour: 7, site: 8, country: 9, affinity: 10 } as const;

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A uniform figure in [0, 1) for these integers. */
export function unit(...parts: number[]): number {
  let h = SEED;
  for (const p of parts) h = mix(h ^ mix(p + 0x9e3779b9));
  return h / 0x1_0000_0000;
}

// Days are counted from 1970-01-01 (UTC).
const MS_PER_DAY = 86_400_000;
export const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / MS_PER_DAY;
export const dateOf = (day: number): Date => new Date(day * MS_PER_DAY);
/** YYYYMMDD of a day number. */
export const ymd = (day: number): string => dateOf(day).toISOString().slice(0, 10).replaceAll('-', '');
// 1970-01-01 was a Thursday (weekday 4).
const isWeekend = (day: number) => (day + 4) % 7 === 0 || (day + 4) % 7 === 6;

/** Leaves: index access × 3 + agent, access desktop/mobile-app/mobile-web, agent automated/spider/user. */
export type Leaves = readonly number[];

/** The value of an access × agent pair: a leaf, or the sum of the leaves an `all-…` covers. */
export function pick(leaves: Leaves, access: AccessName, agent: AgentName): number {
  const a = ACCESS_NAMES.indexOf(access) - 1;
  const g = AGENT_NAMES.indexOf(agent) - 1;
  let sum = 0;
  for (let x = 0; x < 3; x++) for (let y = 0; y < 3; y++) if ((a < 0 || a === x) && (g < 0 || g === y)) sum += leaves[x * 3 + y]!;
  return sum;
}

export function addLeaves(into: number[], leaves: Leaves): number[] {
  for (let k = 0; k < 9; k++) into[k] = (into[k] ?? 0) + leaves[k]!;
  return into;
}

/** Splits a total by access and agent shares, each leaf with a little noise of its own. */
function split(total: number, access: readonly number[], agents: readonly number[], ...key: number[]): number[] {
  const leaves: number[] = [];
  for (let x = 0; x < 3; x++) {
    for (let y = 0; y < 3; y++) leaves.push(Math.round(total * access[x]! * agents[y]! * (0.95 + 0.1 * unit(STREAM.leaf, ...key, x * 3 + y))));
  }
  return leaves;
}

const normalise = (v: number[]) => v.map((x) => x / v.reduce((a, b) => a + b, 0));

// ---- per article -------------------------------------------------------------------------------

/** Daily views of the most viewed article (not the main page) of each project. */
const ARTICLE_BASE: Record<ArticleProject, number> = { 'en.wikipedia': 900_000, 'de.wikipedia': 160_000, 'fr.wikipedia': 140_000, 'ja.wikipedia': 170_000 };

export const projectIndex = (project: string): number => (SERIES_PROJECTS as readonly string[]).indexOf(project);

/** The 9 leaves of one article on one day: Zipf-like popularity, weekends, noise, the odd spike. */
export function articleLeaves(project: ArticleProject, index: number, day: number): number[] {
  const p = projectIndex(project);
  const months = SEASONAL_TITLES[TITLES[project][index]!];
  if (months && !months.includes(dateOf(day).getUTCMonth())) return [0, 0, 0, 0, 0, 0, 0, 0, 0];
  const base = index === 0 ? ARTICLE_BASE[project] * 5 : ARTICLE_BASE[project] / (index + 1) ** 0.9;
  const spike = unit(STREAM.spike, p, index, day) < 0.015 ? 2 + 6 * unit(STREAM.spikeSize, p, index, day) : 1;
  const total = base * spike * (isWeekend(day) ? 0.88 : 1) * (0.8 + 0.4 * unit(STREAM.day, p, index, day));
  const access = normalise([0.36 * (0.7 + 0.6 * unit(STREAM.tilt, p, index)), 0.05, 0.59]);
  const agents = normalise([0.04 * (0.5 + unit(STREAM.agents, p, index, day)), 0.08, 0.88]);
  return split(total, access, agents, p, index, day);
}

/** The 16 columns of the flat table, aa … mwu: access a/d/ma/mw × agent a/b/s/u. */
export const ARTICLE_COLUMNS = ACCESS_NAMES.flatMap((a) => AGENT_NAMES.map((g) => [a, g] as const));
export const articleColumns = (leaves: Leaves): number[] => ARTICLE_COLUMNS.map(([a, g]) => pick(leaves, a, g));

export function titleIndex(project: ArticleProject, title: string): number {
  const i = TITLES[project].indexOf(title);
  if (i < 0) throw new Error(`${project}: no sample article ${title}`);
  return i;
}

// ---- per project (aggregate) and legacy pagecounts ---------------------------------------------

/** Daily views (all access, all agents) around which each project varies. */
const PROJECT_BASE: Record<(typeof SERIES_PROJECTS)[number], number> = {
  'en.wikipedia': 280_000_000,
  'de.wikipedia': 33_000_000,
  'fr.wikipedia': 28_000_000,
  'ja.wikipedia': 38_000_000,
  'commons.wikimedia': 11_000_000,
  'en.wiktionary': 4_000_000,
};
/** Share of the day's views in each UTC hour (sums to 24). */
const DIURNAL = [0.9, 0.8, 0.72, 0.66, 0.64, 0.68, 0.76, 0.86, 0.96, 1.02, 1.06, 1.08, 1.1, 1.12, 1.14, 1.16, 1.18, 1.2, 1.22, 1.24, 1.2, 1.14, 1.06, 1.0];

function hourTotal(p: number, base: number, day: number, hour: number, stream: number): number {
  return (base / 24) * DIURNAL[hour]! * (isWeekend(day) ? 0.93 : 1) * (0.9 + 0.2 * unit(stream, p, day)) * (0.97 + 0.06 * unit(stream, p, day, hour));
}

function projectHourOf(project: (typeof SERIES_PROJECTS)[number], day: number, hour: number): number[] {
  const p = projectIndex(project);
  const access = normalise([0.42 * (project === 'commons.wikimedia' ? 1.6 : 1), 0.05, 0.53]);
  const agents = normalise([0.1 * (0.7 + 0.6 * unit(STREAM.agents, p, day)), 0.14, 0.76]);
  return split(hourTotal(p, PROJECT_BASE[project], day, hour, STREAM.hour), access, agents, p, day, hour);
}

/** The leaves of a project (or all-projects) in one hour. */
export function projectHour(project: SeriesProject, day: number, hour: number): number[] {
  if (project !== 'all-projects') return projectHourOf(project, day, hour);
  return SERIES_PROJECTS.reduce((sum, p) => addLeaves(sum, projectHourOf(p, day, hour)), [] as number[]);
}

/** Sums an hourly figure over days [from, to]. */
export function sumHours<T extends Leaves>(hourly: (day: number, hour: number) => T, from: number, to: number): number[] {
  const sum: number[] = [];
  for (let day = from; day <= to; day++) for (let h = 0; h < 24; h++) hourly(day, h).forEach((v, k) => (sum[k] = (sum[k] ?? 0) + v));
  return sum;
}

export const ACCESS_SITE_NAMES = ['all-sites', 'desktop-site', 'mobile-site'] as const;
export type AccessSiteName = (typeof ACCESS_SITE_NAMES)[number];

/** Legacy pagecounts of a project (or all-projects) in one hour: [desktop-site, mobile-site]. */
export function pagecountHour(project: SeriesProject, day: number, hour: number): number[] {
  if (project === 'all-projects') {
    return SERIES_PROJECTS.map((p) => pagecountHour(p, day, hour)).reduce((a, b) => [a[0]! + b[0]!, a[1]! + b[1]!]);
  }
  const p = projectIndex(project);
  const total = hourTotal(p, PROJECT_BASE[project] * 1.15, day, hour, STREAM.site);
  const desktop = Math.round(total * (0.4 + 0.1 * unit(STREAM.site, p, day, hour, 1)));
  return [desktop, Math.round(total) - desktop];
}

export const pickSite = (counts: Leaves, site: AccessSiteName): number =>
  site === 'all-sites' ? counts[0]! + counts[1]! : counts[site === 'desktop-site' ? 0 : 1]!;

// ---- country weights ---------------------------------------------------------------------------

/** Share of a project's views from a country in a month for an access method (noisy around COUNTRIES). */
export function countryShare(weight: number, ...key: number[]): number {
  return weight * (0.7 + 0.6 * unit(STREAM.country, ...key));
}

/** How much more (or less) than its project's share a country reads an article. */
export const articleAffinity = (country: number, project: number, index: number): number => 0.5 + unit(STREAM.affinity, country, project, index);
