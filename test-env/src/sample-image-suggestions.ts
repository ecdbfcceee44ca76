// The image-suggestions sample (the Data Gateway, spec kask-gateway-servicelib.md §B.4): the four
// tables of keyspace image_suggestions for five wikis. Every page has article-level suggestions
// (section_heading and section_index null) and most have section-level ones; sets that are empty
// (stored as null), timeuuid ids from the algorithm's runs, feedback with user ids and rejection
// reasons, titles with `/`, `?`, spaces and non-Latin scripts, instance-of sets. The seed's example
// row is anwiki 3326 as the seed shows it. One page, enwiki 99999, has 5,001 suggestions (more than
// one 5,000-row page). Rows are functions of (wiki, page), so tests and the bench regenerate what
// was loaded. Not tied to the sample window; env-up loads it once (make seed loads it again).
import cassandra from 'cassandra-driver';
import { unit } from './sample-pageviews-model.js';
import type { WindowedSample } from './windowed-sample.js';

const { TimeUuid } = cassandra.types;

export const IS_KEYSPACE = 'image_suggestions';
export const IS_WIKIS = ['anwiki', 'enwiki', 'arwiki', 'cswiki', 'jawiki'] as const;
/** Pages with suggestions per wiki (the bench draws from all of them). */
export const PAGES_PER_WIKI = 4000;
/** The page whose partition holds more than one 5,000-row page. */
export const BIG_PAGE = { wiki: 'enwiki', page_id: 99999, rows: 5001 } as const;
/** The seed's example (seeds/data-gateway.txt), stored as shown there. */
export const SEED_PAGE = { wiki: 'anwiki', page_id: 3326 } as const;

export interface SuggestionRow {
  wiki: string;
  page_id: number;
  id: string;
  image: string;
  confidence: number;
  found_on: string[] | null;
  kind: string[] | null;
  origin_wiki: string;
  page_qid: string | null;
  page_rev: number;
  section_heading: string | null;
  section_index: number | null;
}

export interface FeedbackRow {
  wiki: string;
  page_id: number;
  filename: string;
  id: string;
  is_accepted: boolean;
  is_rejected: boolean;
  origin_wiki: string;
  rejection_reasons: string[] | null;
  user_id: number;
}

export interface TitleRow {
  wiki: string;
  title: string;
  page_id: number;
  page_rev: number;
}

export interface InstanceOfRow {
  wiki: string;
  page_id: number;
  instance_of: string[] | null;
  page_rev: number;
}

const NODE = Buffer.from('0123456789ab', 'hex');
const CLOCK = Buffer.from('0a0b', 'hex');
const RUN_START = Date.UTC(2024, 0, 8, 3, 0, 0);

/** The id of run `run`, suggestion `n`: a timeuuid whose time orders runs, then suggestions. */
export function runId(run: number, n: number): string {
  return TimeUuid.fromDate(new Date(RUN_START + run * 7 * 86_400_000 + n), 0, NODE, CLOCK).toString();
}

const KINDS = ['istype-commons-category', 'istype-depicts', 'istype-lead-image', 'istype-section-topics-wikidata', 'istype-wikidata-image'];
const OTHER_WIKIS = ['arwiki', 'cswiki', 'dewiki', 'enwiki', 'eswiki', 'frwiki', 'jawiki'];
const SECTIONS = ['History', 'Geography', 'Early life', 'Café culture', 'التاريخ', '歴史'];
const REJECTIONS = ['not-relevant', 'offensive', 'low-quality', 'other'];

/** The page ids of a wiki's sample pages (not contiguous, as real ones). */
export function samplePageIds(wiki: string): number[] {
  const w = IS_WIKIS.indexOf(wiki as (typeof IS_WIKIS)[number]);
  return Array.from({ length: PAGES_PER_WIKI }, (_, i) => 1000 + i * 13 + w);
}

/** A sorted set as Cassandra returns it (an empty one is null). */
const asSet = (items: string[]): string[] | null => (items.length ? [...new Set(items)].sort() : null);
/** A confidence that reads back as written: two decimals in [0.5, 1). */
const confidence = (...k: number[]) => Math.round((0.5 + 0.49 * unit(...k)) * 100) / 100;

/** The suggestions of one page, in clustering order (id, then image). */
export function suggestionsOf(wiki: string, pageId: number): SuggestionRow[] {
  if (wiki === SEED_PAGE.wiki && pageId === SEED_PAGE.page_id) return seedSuggestions();
  const w = IS_WIKIS.indexOf(wiki as (typeof IS_WIKIS)[number]);
  const big = wiki === BIG_PAGE.wiki && pageId === BIG_PAGE.page_id;
  const count = big ? BIG_PAGE.rows : 1 + Math.floor(unit(301, w, pageId) * 4);
  const rows: SuggestionRow[] = [];
  for (let n = 0; n < count; n++) {
    const sectionLevel = !big && n > 0 && unit(302, w, pageId, n) < 0.6;
    const s = Math.floor(unit(303, w, pageId, n) * SECTIONS.length);
    rows.push({
      wiki,
      page_id: pageId,
      id: runId(n % 3, n),
      image: big ? `Bulk_image_${String(n).padStart(5, '0')}.jpg` : `${wiki}_page_${pageId}_image_${n}.jpg`,
      confidence: confidence(304, w, pageId, n),
      found_on: asSet(OTHER_WIKIS.filter((_, i) => unit(305, w, pageId, n, i) < 0.3 && OTHER_WIKIS[i] !== wiki)),
      kind: asSet(KINDS.filter((_, i) => unit(306, w, pageId, n, i) < 0.4)),
      origin_wiki: 'commonswiki',
      page_qid: unit(307, w, pageId) < 0.1 ? null : `Q${1000 + pageId}`,
      page_rev: 100000 + pageId * 3,
      section_heading: sectionLevel ? SECTIONS[s]! : null,
      section_index: sectionLevel ? s + 1 : null,
    });
  }
  return rows.sort((a, b) => idTime(a.id) - idTime(b.id) || (a.image < b.image ? -1 : a.image > b.image ? 1 : 0));
}

/** Cassandra orders timeuuids by their time first (the sample's ids of one page have distinct times). */
const idTime = (id: string) => TimeUuid.fromString(id).getDate().getTime();

function seedSuggestions(): SuggestionRow[] {
  return [
    {
      wiki: 'anwiki',
      page_id: 3326,
      id: '644c90bc-ba40-11ec-ba4c-f0d4e2e69820',
      image: '14_Agosto_2016_(1).jpg',
      confidence: 80.0,
      found_on: null,
      kind: ['istype-commons-category'],
      origin_wiki: 'commonswiki',
      page_qid: 'Q123',
      page_rev: 1797958,
      section_heading: 'section title (null if this is an article-level suggestion)',
      section_index: 1,
    },
    {
      wiki: 'anwiki',
      page_id: 3326,
      id: '644c90bc-ba40-11ec-ba4c-f0d4e2e69820',
      image: 'Mapa_d_Aragón.svg',
      confidence: 0.5,
      found_on: ['enwiki', 'eswiki'],
      kind: ['istype-lead-image', 'istype-wikidata-image'],
      origin_wiki: 'commonswiki',
      page_qid: 'Q123',
      page_rev: 1797958,
      section_heading: null,
      section_index: null,
    },
  ];
}

/** Feedback on a page's suggestions (every fifth page, and the examples), in clustering order (filename, id). */
export function feedbackOf(wiki: string, pageId: number): FeedbackRow[] {
  const w = IS_WIKIS.indexOf(wiki as (typeof IS_WIKIS)[number]);
  const chosen = (wiki === 'enwiki' && pageId === 53848) || (wiki === SEED_PAGE.wiki && pageId === SEED_PAGE.page_id) || unit(310, w, pageId) < 0.2;
  if (!chosen) return [];
  const images = wiki === 'enwiki' && pageId === 53848 ? ['Banana_and_cross_section.jpg', 'Bananas_white_background.jpg'] : suggestionsOf(wiki, pageId).slice(0, 2).map((s) => s.image);
  const rows: FeedbackRow[] = [];
  images.forEach((filename, i) => {
    const accepted = unit(311, w, pageId, i) < 0.5;
    const reasons = accepted ? [] : REJECTIONS.filter((_, r) => unit(312, w, pageId, i, r) < 0.4);
    rows.push({
      wiki,
      page_id: pageId,
      filename,
      id: runId(10 + i, i),
      is_accepted: accepted,
      is_rejected: !accepted,
      origin_wiki: 'commonswiki',
      rejection_reasons: asSet(reasons),
      user_id: 40000 + Math.floor(unit(313, w, pageId, i) * 100000),
    });
  });
  return rows.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
}

/** Titles of the title cache: hard ones for a URL, each mapped to a sample page. */
export const SAMPLE_TITLES: readonly TitleRow[] = [
  { wiki: 'enwiki', title: 'Banana', page_id: 53848, page_rev: 1200001 },
  { wiki: 'enwiki', title: 'AC/DC', page_id: 1001, page_rev: 1200002 },
  { wiki: 'enwiki', title: 'What_is_this?', page_id: 1014, page_rev: 1200003 },
  { wiki: 'enwiki', title: '100%_Cotton', page_id: 1027, page_rev: 1200004 },
  { wiki: 'anwiki', title: 'Aragón', page_id: 3326, page_rev: 1797958 },
  { wiki: 'arwiki', title: 'القاهرة', page_id: 1002, page_rev: 900001 },
  { wiki: 'jawiki', title: '東京都', page_id: 1004, page_rev: 700001 },
  { wiki: 'cswiki', title: 'Praha 1', page_id: 1003, page_rev: 800001 },
];

/** Instance-of items of a page (every page with suggestions, and enwiki 53848); a few have none (null). */
export function instanceOfOf(wiki: string, pageId: number): InstanceOfRow {
  if (wiki === SEED_PAGE.wiki && pageId === SEED_PAGE.page_id) return { wiki, page_id: pageId, instance_of: ['Q112099', 'Q3624078', 'Q6256'], page_rev: 1797958 };
  const w = IS_WIKIS.indexOf(wiki as (typeof IS_WIKIS)[number]);
  const items = ['Q5', 'Q515', 'Q6256', 'Q11424', 'Q756'].filter((_, i) => unit(320, w, pageId, i) < 0.35);
  return { wiki, page_id: pageId, instance_of: asSet(items), page_rev: 100000 + pageId * 3 };
}

/** Every (wiki, page) that has suggestions. */
export function* samplePages(): Generator<[string, number]> {
  for (const wiki of IS_WIKIS) for (const id of samplePageIds(wiki)) yield [wiki, id];
  yield [SEED_PAGE.wiki, SEED_PAGE.page_id];
  yield ['enwiki', 53848];
  yield [BIG_PAGE.wiki, BIG_PAGE.page_id];
}

const INSERT_SUGGESTION = `INSERT INTO ${IS_KEYSPACE}.suggestions (wiki, page_id, id, image, origin_wiki, confidence, found_on, kind, page_rev, section_heading, section_index, page_qid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_FEEDBACK = `INSERT INTO ${IS_KEYSPACE}.feedback (wiki, page_id, filename, id, origin_wiki, user_id, is_accepted, is_rejected, rejection_reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_TITLE = `INSERT INTO ${IS_KEYSPACE}.title_cache (wiki, title, page_id, page_rev) VALUES (?, ?, ?, ?)`;
const INSERT_INSTANCEOF = `INSERT INTO ${IS_KEYSPACE}.instanceof_cache (wiki, page_id, instance_of, page_rev) VALUES (?, ?, ?, ?)`;

function* suggestionPartitions(): Generator<unknown[][]> {
  for (const [wiki, page] of samplePages())
    yield suggestionsOf(wiki, page).map((r) => [r.wiki, r.page_id, r.id, r.image, r.origin_wiki, r.confidence, r.found_on, r.kind, r.page_rev, r.section_heading, r.section_index, r.page_qid]);
}
function* feedbackPartitions(): Generator<unknown[][]> {
  for (const [wiki, page] of samplePages()) {
    const rows = feedbackOf(wiki, page);
    if (rows.length) yield rows.map((r) => [r.wiki, r.page_id, r.filename, r.id, r.origin_wiki, r.user_id, r.is_accepted, r.is_rejected, r.rejection_reasons]);
  }
}
function* titlePartitions(): Generator<unknown[][]> {
  for (const r of SAMPLE_TITLES) yield [[r.wiki, r.title, r.page_id, r.page_rev]];
}
function* instanceOfPartitions(): Generator<unknown[][]> {
  for (const [wiki, page] of samplePages()) {
    const r = instanceOfOf(wiki, page);
    yield [[r.wiki, r.page_id, r.instance_of, r.page_rev]];
  }
}

export const IMAGE_SUGGESTIONS_SAMPLE: WindowedSample = {
  name: 'sample image suggestions',
  keyspace: IS_KEYSPACE,
  loads: () => [
    { label: 'sample image_suggestions.suggestions', query: INSERT_SUGGESTION, partitions: suggestionPartitions() },
    { label: 'sample image_suggestions.feedback', query: INSERT_FEEDBACK, partitions: feedbackPartitions() },
    { label: 'sample image_suggestions.title_cache', query: INSERT_TITLE, partitions: titlePartitions() },
    { label: 'sample image_suggestions.instanceof_cache', query: INSERT_INSTANCEOF, partitions: instanceOfPartitions() },
  ],
};
