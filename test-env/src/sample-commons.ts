// The 14 Commons Impact Metrics tables (keyspace `commons`, schema/commons.cql) for the months of the
// sample window, derived from the world of sample-commons-world.ts the way the refinery loaders fill
// them (aqs2-notes §1.3): `dt` the first of the month; `all-wikis`, `all-categories`,
// `all-edit-types` and `:all-user-names:` rows where the CUBE makes them; no row for a zero count;
// top lists ranked with RANK() (ties share a rank, the next rank skips) and cut at 100 rows. Deep rows
// exist for the allow-listed primary categories only, and the `*_deep` snapshot columns are null for
// the others (§1.2). Tests read the same rows back as their expectations (commonsSample(window)).
import { monthsBetween, type SampleMonth, type SampleWindow } from './sample-pageviews-window.js';
import {
  ALL_CATEGORIES,
  ALL_EDIT_TYPES,
  ALL_USER_NAMES,
  ALL_WIKIS,
  CATEGORY_SCOPES,
  COMMONS_CATEGORIES,
  COMMONS_EDITORS,
  COMMONS_FILES,
  COMMONS_WIKIS,
  EDIT_TYPES,
  categoriesIn,
  fileIn,
  pageViews,
  updateEdits,
  type SampleFile,
} from './sample-commons-world.js';
import type { WindowedSample } from './windowed-sample.js';

export const COMMONS_KEYSPACE = 'commons';

export type CommonsRow = Record<string, string | number | Date | null>;

/** Each table's columns (insert order), partition key and clustering columns, as in commons.cql. */
export const COMMONS_TABLES = {
  category_metrics_snapshot: {
    partition: ['category'],
    clustering: ['dt'],
    values: [
      'media_file_count', 'media_file_count_deep', 'used_media_file_count', 'used_media_file_count_deep',
      'leveraging_wiki_count', 'leveraging_wiki_count_deep', 'leveraging_page_count', 'leveraging_page_count_deep',
    ],
  },
  media_file_metrics_snapshot: { partition: ['media_file'], clustering: ['dt'], values: ['leveraging_wiki_count', 'leveraging_page_count'] },
  pageviews_per_category_monthly: { partition: ['category', 'category_scope', 'wiki'], clustering: ['dt'], values: ['pageview_count'] },
  pageviews_per_media_file_monthly: { partition: ['media_file', 'wiki'], clustering: ['dt'], values: ['pageview_count'] },
  edits_per_category_monthly: { partition: ['category', 'category_scope', 'edit_type'], clustering: ['dt'], values: ['edit_count'] },
  edits_per_user_monthly: { partition: ['user_name', 'edit_type'], clustering: ['dt'], values: ['edit_count'] },
  top_pages_per_category_monthly: {
    partition: ['category', 'category_scope', 'wiki', 'year', 'month'],
    clustering: ['rank', 'page_wiki', 'page_title'],
    values: ['pageview_count'],
  },
  top_pages_per_media_file_monthly: { partition: ['media_file', 'wiki', 'year', 'month'], clustering: ['rank', 'page_wiki', 'page_title'], values: ['pageview_count'] },
  top_wikis_per_category_monthly: { partition: ['category', 'category_scope', 'year', 'month'], clustering: ['rank', 'wiki'], values: ['pageview_count'] },
  top_wikis_per_media_file_monthly: { partition: ['media_file', 'year', 'month'], clustering: ['rank', 'wiki'], values: ['pageview_count'] },
  top_viewed_categories_monthly: { partition: ['category_scope', 'wiki', 'year', 'month'], clustering: ['rank', 'category'], values: ['pageview_count'] },
  top_viewed_media_files_monthly: {
    partition: ['category', 'category_scope', 'wiki', 'year', 'month'],
    clustering: ['rank', 'media_file'],
    values: ['pageview_count'],
  },
  top_edited_categories_monthly: { partition: ['category_scope', 'edit_type', 'year', 'month'], clustering: ['rank', 'category'], values: ['edit_count'] },
  top_editors_monthly: { partition: ['category', 'category_scope', 'edit_type', 'year', 'month'], clustering: ['rank', 'user_name'], values: ['edit_count'] },
} as const satisfies Record<string, { partition: readonly string[]; clustering: readonly string[]; values: readonly string[] }>;

export type CommonsTable = keyof typeof COMMONS_TABLES;
export const COMMONS_TABLE_NAMES = Object.keys(COMMONS_TABLES) as CommonsTable[];
export type CommonsSample = Record<CommonsTable, CommonsRow[]>;

export const columnsOf = (table: CommonsTable): string[] => {
  const t = COMMONS_TABLES[table];
  return [...t.partition, ...t.clustering, ...t.values];
};
export const insertInto = (table: CommonsTable): string => {
  const cols = columnsOf(table);
  return `INSERT INTO ${COMMONS_KEYSPACE}.${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
};

/** The most rows a top list keeps (ROW_NUMBER() <= 100, refinery af75b020). */
export const TOP_LIMIT = 100;

/** Cassandra orders text clustering columns by their UTF-8 bytes. */
export const byUtf8 = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * Ranks counts as RANK() OVER (ORDER BY count DESC) does, orders ties by the clustering columns the
 * way Cassandra returns them, and keeps the first TOP_LIMIT rows.
 */
export function ranked(entries: Map<string, { key: CommonsRow; count: number }>, countColumn: string, tieColumns: readonly string[]): CommonsRow[] {
  const sorted = [...entries.values()]
    .filter((e) => e.count > 0)
    .sort((a, b) => b.count - a.count || tieColumns.reduce((r, c) => r || byUtf8(String(a.key[c]), String(b.key[c])), 0));
  return sorted.slice(0, TOP_LIMIT).map((e, i) => {
    const rank = sorted.findIndex((x) => x.count === e.count) + 1;
    return { ...e.key, [countColumn]: e.count, rank };
  });
}

const monthNumber = (m: SampleMonth) => Number(m.year) * 12 + Number(m.month) - 1;
const dtOf = (m: SampleMonth) => new Date(Date.UTC(Number(m.year), Number(m.month) - 1, 1));

function add(into: Map<string, { key: CommonsRow; count: number }>, key: CommonsRow, n: number): void {
  const id = JSON.stringify(key);
  const e = into.get(id);
  if (e) e.count += n;
  else into.set(id, { key, count: n });
}

interface View {
  file: SampleFile;
  wiki: string;
  page: string;
  views: number;
}
interface Edit {
  file: SampleFile;
  user: string;
  type: (typeof EDIT_TYPES)[number];
  count: number;
}

/** The category rows counted under, with `all-categories` for the CUBE total (shallow and deep alike). */
const categoryKeys = (scope: 'shallow' | 'deep') => [...categoriesIn(scope), ALL_CATEGORIES];
const countsFor = (category: string, file: SampleFile, scope: 'shallow' | 'deep') => category === ALL_CATEGORIES || fileIn(file, category, scope);
const wikiMatches = (wiki: string, w: string) => wiki === ALL_WIKIS || wiki === w;

function monthRows(m: SampleMonth, k: number, out: CommonsSample): void {
  const dt = dtOf(m);
  const year = Number(m.year);
  const month = Number(m.month);
  const mn = monthNumber(m);
  const files = COMMONS_FILES.filter((f) => f.uploadedAfter <= k);
  const views: View[] = files.flatMap((file) =>
    file.usages.map(([wiki, page]) => ({ file, wiki, page, views: pageViews(file, wiki, page, mn) })).filter((v) => v.views > 0),
  );
  const edits: Edit[] = files.flatMap((file) => [
    ...(file.uploadedAfter === k ? [{ file, user: file.uploader, type: 'create' as const, count: 1 }] : []),
    ...COMMONS_EDITORS.map((user) => ({ file, user, type: 'update' as const, count: updateEdits(file, user, mn) })).filter((e) => e.count > 0),
  ]);
  const wikis = [...COMMONS_WIKIS, ALL_WIKIS];
  const editTypes = [...EDIT_TYPES, ALL_EDIT_TYPES];
  const typeMatches = (type: string, t: string) => type === ALL_EDIT_TYPES || type === t;

  // Snapshots: what exists and where it is used, whatever the views.
  const usage = (fs: SampleFile[]) => {
    const used = fs.filter((f) => f.usages.length);
    const pages = new Set(fs.flatMap((f) => f.usages.map(([w, p]) => `${w}\u0000${p}`)));
    const wikisUsed = new Set(fs.flatMap((f) => f.usages.map(([w]) => w)));
    return { files: fs.length, used: used.length, wikis: wikisUsed.size, pages: pages.size };
  };
  for (const c of COMMONS_CATEGORIES) {
    const shallow = usage(files.filter((f) => fileIn(f, c.name, 'shallow')));
    const deep = c.primary ? usage(files.filter((f) => fileIn(f, c.name, 'deep'))) : undefined;
    out.category_metrics_snapshot.push({
      category: c.name,
      dt,
      media_file_count: shallow.files,
      media_file_count_deep: deep?.files ?? null,
      used_media_file_count: shallow.used,
      used_media_file_count_deep: deep?.used ?? null,
      leveraging_wiki_count: shallow.wikis,
      leveraging_wiki_count_deep: deep?.wikis ?? null,
      leveraging_page_count: shallow.pages,
      leveraging_page_count_deep: deep?.pages ?? null,
    });
  }
  for (const f of files) {
    const u = usage([f]);
    out.media_file_metrics_snapshot.push({ media_file: f.name, dt, leveraging_wiki_count: u.wikis, leveraging_page_count: u.pages });
  }

  for (const scope of CATEGORY_SCOPES) {
    for (const category of categoryKeys(scope)) {
      const inCat = views.filter((v) => countsFor(category, v.file, scope));
      for (const wiki of wikis) {
        const n = inCat.filter((v) => wikiMatches(wiki, v.wiki)).reduce((s, v) => s + v.views, 0);
        if (n > 0) out.pageviews_per_category_monthly.push({ category, category_scope: scope, wiki, dt, pageview_count: n });
      }
      if (category === ALL_CATEGORIES) continue;
      const byWiki = new Map<string, { key: CommonsRow; count: number }>();
      for (const v of inCat) add(byWiki, { wiki: v.wiki }, v.views);
      for (const r of ranked(byWiki, 'pageview_count', ['wiki'])) out.top_wikis_per_category_monthly.push({ category, category_scope: scope, year, month, ...r });
      for (const wiki of wikis) {
        const pages = new Map<string, { key: CommonsRow; count: number }>();
        const byFile = new Map<string, { key: CommonsRow; count: number }>();
        for (const v of inCat.filter((v) => wikiMatches(wiki, v.wiki))) {
          add(pages, { page_wiki: v.wiki, page_title: v.page }, v.views);
          add(byFile, { media_file: v.file.name }, v.views);
        }
        for (const r of ranked(pages, 'pageview_count', ['page_wiki', 'page_title']))
          out.top_pages_per_category_monthly.push({ category, category_scope: scope, wiki, year, month, ...r });
        for (const r of ranked(byFile, 'pageview_count', ['media_file']))
          out.top_viewed_media_files_monthly.push({ category, category_scope: scope, wiki, year, month, ...r });
      }
    }
    for (const wiki of wikis) {
      const byCategory = new Map<string, { key: CommonsRow; count: number }>();
      for (const category of categoriesIn(scope)) {
        const n = views.filter((v) => fileIn(v.file, category, scope) && wikiMatches(wiki, v.wiki)).reduce((s, v) => s + v.views, 0);
        add(byCategory, { category }, n);
      }
      for (const r of ranked(byCategory, 'pageview_count', ['category'])) out.top_viewed_categories_monthly.push({ category_scope: scope, wiki, year, month, ...r });
    }

    for (const type of editTypes) {
      const byCategory = new Map<string, { key: CommonsRow; count: number }>();
      for (const category of categoriesIn(scope)) {
        const inCat = edits.filter((e) => fileIn(e.file, category, scope) && typeMatches(type, e.type));
        const n = inCat.reduce((s, e) => s + e.count, 0);
        if (n > 0) out.edits_per_category_monthly.push({ category, category_scope: scope, edit_type: type, dt, edit_count: n });
        add(byCategory, { category }, n);
        const byUser = new Map<string, { key: CommonsRow; count: number }>();
        for (const e of inCat) add(byUser, { user_name: e.user }, e.count);
        for (const r of ranked(byUser, 'edit_count', ['user_name'])) out.top_editors_monthly.push({ category, category_scope: scope, edit_type: type, year, month, ...r });
      }
      for (const r of ranked(byCategory, 'edit_count', ['category'])) out.top_edited_categories_monthly.push({ category_scope: scope, edit_type: type, year, month, ...r });
    }
  }

  for (const f of files) {
    const own = views.filter((v) => v.file === f);
    for (const wiki of wikis) {
      const onWiki = own.filter((v) => wikiMatches(wiki, v.wiki));
      const n = onWiki.reduce((s, v) => s + v.views, 0);
      if (n > 0) out.pageviews_per_media_file_monthly.push({ media_file: f.name, wiki, dt, pageview_count: n });
      const pages = new Map<string, { key: CommonsRow; count: number }>();
      for (const v of onWiki) add(pages, { page_wiki: v.wiki, page_title: v.page }, v.views);
      for (const r of ranked(pages, 'pageview_count', ['page_wiki', 'page_title'])) out.top_pages_per_media_file_monthly.push({ media_file: f.name, wiki, year, month, ...r });
    }
    const byWiki = new Map<string, { key: CommonsRow; count: number }>();
    for (const v of own) add(byWiki, { wiki: v.wiki }, v.views);
    for (const r of ranked(byWiki, 'pageview_count', ['wiki'])) out.top_wikis_per_media_file_monthly.push({ media_file: f.name, year, month, ...r });
  }

  for (const user of [...COMMONS_EDITORS, ALL_USER_NAMES]) {
    for (const type of editTypes) {
      const n = edits.filter((e) => (user === ALL_USER_NAMES || e.user === user) && typeMatches(type, e.type)).reduce((s, e) => s + e.count, 0);
      if (n > 0) out.edits_per_user_monthly.push({ user_name: user, edit_type: type, dt, edit_count: n });
    }
  }
}

/** Every row of the 14 tables for the months of a window. */
export function commonsSample(w: SampleWindow): CommonsSample {
  const out = Object.fromEntries(COMMONS_TABLE_NAMES.map((t) => [t, [] as CommonsRow[]])) as CommonsSample;
  for (const [k, m] of monthsBetween(w.first, w.last).entries()) monthRows(m, k, out);
  return out;
}

/** The rows of one table grouped by partition, as bind values in insert order. */
function* partitionsOf(table: CommonsTable, rows: readonly CommonsRow[]): Generator<unknown[][]> {
  const cols = columnsOf(table);
  const byPartition = new Map<string, unknown[][]>();
  for (const row of rows) {
    const key = JSON.stringify(COMMONS_TABLES[table].partition.map((c) => row[c]));
    let list = byPartition.get(key);
    if (!list) byPartition.set(key, (list = []));
    list.push(cols.map((c) => row[c]));
  }
  yield* byPartition.values();
}

export const COMMONS_SAMPLE: WindowedSample = {
  name: 'sample commons impact metrics',
  keyspace: COMMONS_KEYSPACE,
  loads: (w) => {
    const sample = commonsSample(w);
    return COMMONS_TABLE_NAMES.map((table) => ({ label: `sample commons.${table}`, query: insertInto(table), partitions: partitionsOf(table, sample[table]) }));
  },
};
