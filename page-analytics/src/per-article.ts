// Pageviews per article (spec §2.1, aqs2-notes §2.4). The flat table holds one daily row per
// article (YYYYMMDD00) with one column per access × agent; monthly figures are summed here from the
// daily rows of whole months, and a month without rows is left out (spec §6.7).
import { AQS_DOMAIN, currentRows, monthlyTotals, normalizeArticle, normalizeProject, notFoundNoData, validateRange, type CassandraStore, seriesRangeRules } from '@aqs/aqsassist';
import type { Access, Agent, ArticleGranularity } from './params.js';

const ACCESS_CODE: Record<Access, string> = { 'all-access': 'a', desktop: 'd', 'mobile-app': 'ma', 'mobile-web': 'mw' };
const AGENT_CODE: Record<Agent, string> = { 'all-agents': 'a', automated: 'b', spider: 's', user: 'u' };

/** The column of an access × agent pair: `mwu` is mobile-web × user. */
export const viewsColumn = (access: Access, agent: Agent): string => ACCESS_CODE[access] + AGENT_CODE[agent];

/** The read for one access × agent: only its column. The store holds daily rows only. */
export const perArticleQuery = (access: Access, agent: Agent): string =>
  `SELECT timestamp, "_del", "${viewsColumn(access, agent)}" AS views FROM "local_group_default_T_pageviews_per_article_flat".data ` +
  'WHERE "_domain" = ? AND project = ? AND article = ? AND granularity = ? AND timestamp >= ? AND timestamp <= ?';

export interface PerArticleParams {
  project: string;
  access: Access;
  agent: Agent;
  article: string;
  granularity: ArticleGranularity;
  start: string;
  end: string;
}

export interface PerArticleItem {
  project: string;
  article: string;
  granularity: ArticleGranularity;
  timestamp: string;
  access: Access;
  agent: Agent;
  views: number;
}

/** The bind values of the read for a request (the benchmark's raw loop binds the same). */
export function perArticleBinds(params: PerArticleParams): [string, string, string, string, string, string] {
  const project = normalizeProject(params.project);
  const { start, end } = validateRange(params.start, params.end, seriesRangeRules(params.granularity, 'optional'));
  return [AQS_DOMAIN, project, normalizeArticle(params.article), 'daily', start, end];
}

export async function perArticle(store: CassandraStore, params: PerArticleParams): Promise<{ items: PerArticleItem[] }> {
  const binds = perArticleBinds(params);
  const rows = await store.read(perArticleQuery(params.access, params.agent), binds);
  // A null column is a zero (spec §2.1).
  const days = currentRows(rows, 'timestamp').map((row) => ({ timestamp: row.timestamp as string, value: (row.views as number | null) ?? 0 }));
  if (!days.length) throw notFoundNoData();
  const counts = params.granularity === 'monthly' ? monthlyTotals(days) : days;
  const [, project, article] = binds;
  return {
    items: counts.map(({ timestamp, value: views }) => ({
      project,
      article,
      granularity: params.granularity,
      timestamp,
      access: params.access,
      agent: params.agent,
      views,
    })),
  };
}
