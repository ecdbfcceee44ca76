// Every edit-analytics route against the real local Druid and its sample data (make env-up), with
// the datasource name read from aqs.config; expected values come from the oracle, which sums the
// same generated rows in plain JavaScript. The dates are those of the loaded snapshot's window
// (the last months of it, mostly), so the cases follow the sample as the months go by.
import { expect } from 'chai';
import { byValueThenName, describeAgainstDruid } from '@aqs/test-env/druid-harness';
import { isoDay, loadedHistory, ymd, type HistoryRow } from '@aqs/test-env/mediawiki-history';
import service from '../src/service.js';

const family = (f: string) => (r: HistoryRow) => new RegExp(`^[a-z0-9\\-]+\\.${f}$`).test(r.project);
const project = (p: string) => (r: HistoryRow) => r.project === p;
const revision = (r: HistoryRow) => r.event_entity === 'revision' && r.event_type === 'create';
const notDeleted = (r: HistoryRow) => !(r.other_tags ?? []).includes('deleted');
const ONE = () => 1;
const NET = (r: HistoryRow) => r.text_bytes_diff;
const ABS = (r: HistoryRow) => r.text_bytes_diff_abs;
const is = (field: keyof HistoryRow, value: unknown) => (r: HistoryRow) => r[field] === value;
const and = (...fs: ((r: HistoryRow) => boolean)[]) => (r: HistoryRow) => fs.every((f) => f(r));

const oracle = await loadedHistory();
const { window: w, months } = oracle.loaded;
/** The k-th month from the end of the window (1: the last complete month). */
const ago = (k: number) => months.at(-k)!;
const after = w.last + 1; // the 1st of the month after the window
const d0 = ago(1).first;

interface SeriesCase {
  path: string;
  metric: string;
  granularity: 'day' | 'month';
  start: string;
  end: string;
  keep: (r: HistoryRow) => boolean;
  value: (r: HistoryRow) => number;
  item: Record<string, string>;
}

const SERIES: SeriesCase[] = [
  {
    path: `/edits/aggregate/en.wikipedia/all-editor-types/all-page-types/monthly/${ymd(ago(3).first)}/${ymd(after)}`,
    metric: 'edits', granularity: 'month', start: isoDay(ago(3).first), end: isoDay(after),
    keep: and(revision, notDeleted, project('en.wikipedia')), value: ONE,
    item: { project: 'en.wikipedia', 'editor-type': 'all-editor-types', 'page-type': 'all-page-types', granularity: 'monthly' },
  },
  {
    path: `/edits/aggregate/all-wikipedia-projects/user/content/daily/${ymd(d0)}00/${ymd(d0 + 7)}`,
    metric: 'edits', granularity: 'day', start: isoDay(d0), end: isoDay(d0 + 7),
    keep: and(revision, notDeleted, family('wikipedia'), is('user_type', 'user'), is('page_type', 'content')), value: ONE,
    item: { project: 'all-wikipedia-projects', 'editor-type': 'user', 'page-type': 'content', granularity: 'daily' },
  },
  {
    path: `/edits/per-page/de.wikipedia/Berlin/all-editor-types/daily/${ymd(d0)}/${ymd(d0 + 10)}`,
    metric: 'edits', granularity: 'day', start: isoDay(d0), end: isoDay(d0 + 10),
    keep: and(revision, notDeleted, project('de.wikipedia'), is('page_title', 'Berlin')), value: ONE,
    item: { project: 'de.wikipedia', 'editor-type': 'all-editor-types', 'page-title': 'Berlin', granularity: 'daily' },
  },
  {
    path: `/edits/per-editor/en.wikipedia/en_Editor_1/all-page-types/monthly/${ymd(ago(6).first)}/${ymd(after)}`,
    metric: 'edits', granularity: 'month', start: isoDay(ago(6).first), end: isoDay(after),
    keep: and(revision, notDeleted, project('en.wikipedia'), is('user_text', 'en_Editor_1')), value: ONE,
    item: { project: 'en.wikipedia', 'page-type': 'all-page-types', 'user-text': 'en_Editor_1', granularity: 'monthly' },
  },
  {
    // Monthly: the end (the last day of the window) moves to the 1st of its own month and is excluded.
    path: `/bytes-difference/net/aggregate/fr.wiktionary/all-editor-types/non-content/monthly/${ymd(ago(12).first)}/${ymd(w.last)}`,
    metric: 'net_bytes_diff', granularity: 'month', start: isoDay(ago(12).first), end: isoDay(ago(1).first),
    keep: and(revision, notDeleted, project('fr.wiktionary'), is('page_type', 'non_content')), value: NET,
    item: { project: 'fr.wiktionary', 'editor-type': 'all-editor-types', 'page-type': 'non-content', granularity: 'monthly' },
  },
  {
    path: `/bytes-difference/net/per-page/en.wikipedia/Main%20Page/all-editor-types/daily/${ymd(d0)}/${ymd(d0 + 4)}`,
    metric: 'net_bytes_diff', granularity: 'day', start: isoDay(d0), end: isoDay(d0 + 4),
    keep: and(revision, notDeleted, project('en.wikipedia'), is('page_title', 'Main_Page')), value: NET,
    item: { project: 'en.wikipedia', 'editor-type': 'all-editor-types', 'page-title': 'Main_Page', granularity: 'daily' },
  },
  {
    path: `/bytes-difference/net/per-editor/en.wikivoyage/InternetArchiveBot/content/monthly/${ymd(ago(3).first)}/${ymd(ago(1).first)}`,
    metric: 'net_bytes_diff', granularity: 'month', start: isoDay(ago(3).first), end: isoDay(ago(1).first),
    keep: and(revision, notDeleted, project('en.wikivoyage'), is('user_text', 'InternetArchiveBot'), is('page_type', 'content')), value: NET,
    item: { project: 'en.wikivoyage', 'page-type': 'content', 'user-text': 'InternetArchiveBot', granularity: 'monthly' },
  },
  {
    // Monthly: a start on the 15th moves to the next 1st.
    path: `/bytes-difference/absolute/aggregate/all-projects/group-bot/all-page-types/monthly/${ymd(ago(4).first + 14)}/${ymd(ago(1).first)}`,
    metric: 'abs_bytes_diff', granularity: 'month', start: isoDay(ago(3).first), end: isoDay(ago(1).first),
    keep: and(revision, notDeleted, is('user_type', 'group_bot')), value: ABS,
    item: { project: 'all-projects', 'editor-type': 'group-bot', 'page-type': 'all-page-types', granularity: 'monthly' },
  },
  {
    path: `/bytes-difference/absolute/per-page/en.wikipedia/Talk:Berlin/user/monthly/${ymd(ago(3).first)}/${ymd(ago(1).first)}`,
    metric: 'abs_bytes_diff', granularity: 'month', start: isoDay(ago(3).first), end: isoDay(ago(1).first),
    keep: and(revision, notDeleted, project('en.wikipedia'), is('page_title', 'Talk:Berlin'), is('user_type', 'user')), value: ABS,
    item: { project: 'en.wikipedia', 'editor-type': 'user', 'page-title': 'Talk:Berlin', granularity: 'monthly' },
  },
  {
    path: `/bytes-difference/absolute/per-editor/de.wikipedia/de_Editor_7/non-content/monthly/${ymd(ago(4).first)}/${ymd(ago(1).first)}`,
    metric: 'abs_bytes_diff', granularity: 'month', start: isoDay(ago(4).first), end: isoDay(ago(1).first),
    keep: and(revision, notDeleted, project('de.wikipedia'), is('user_text', 'de_Editor_7'), is('page_type', 'non_content')), value: ABS,
    item: { project: 'de.wikipedia', 'page-type': 'non-content', 'user-text': 'de_Editor_7', granularity: 'monthly' },
  },
  {
    path: `/edited-pages/new/en.wikipedia/all-editor-types/all-page-types/monthly/${ymd(ago(6).first)}/${ymd(after)}`,
    metric: 'new_pages', granularity: 'month', start: isoDay(ago(6).first), end: isoDay(after),
    keep: and(is('event_entity', 'page'), is('event_type', 'create'), project('en.wikipedia'), (r) => !(r.other_tags ?? []).includes('redirect')), value: ONE,
    item: { project: 'en.wikipedia', 'editor-type': 'all-editor-types', 'page-type': 'all-page-types', granularity: 'monthly' },
  },
  {
    // The first months of the window: the pages that exist from the start are created then.
    path: `/edited-pages/new/en.wikipedia/all-editor-types/content/monthly/${ymd(w.first)}/${ymd(months[5]!.first)}`,
    metric: 'new_pages', granularity: 'month', start: isoDay(w.first), end: isoDay(months[5]!.first),
    keep: and(is('event_entity', 'page'), is('event_type', 'create'), project('en.wikipedia'), is('page_type', 'content'), (r) => !(r.other_tags ?? []).includes('redirect')), value: ONE,
    item: { project: 'en.wikipedia', 'editor-type': 'all-editor-types', 'page-type': 'content', granularity: 'monthly' },
  },
  {
    path: `/edited-pages/aggregate/en.wikipedia/all-editor-types/content/5..24-edits/monthly/${ymd(ago(4).first)}/${ymd(ago(1).first)}`,
    metric: 'edited_pages', granularity: 'month', start: isoDay(ago(4).first), end: isoDay(ago(1).first),
    keep: and(is('event_entity', 'page'), is('event_type', 'monthly_digest'), project('en.wikipedia'), is('user_type', 'all'), is('page_type', 'content'), (r) => /^([5-9]|1\d|2[0-4])$/.test(r.revisions ?? '')),
    value: ONE,
    item: { project: 'en.wikipedia', 'editor-type': 'all-editor-types', 'page-type': 'content', 'activity-level': '5..24-edits', granularity: 'monthly' },
  },
];

interface TopCase {
  path: string;
  metric: string;
  start: string;
  end: string;
  granularity: 'daily' | 'monthly';
  keep: (r: HistoryRow) => boolean;
  value: (r: HistoryRow) => number;
  item: Record<string, string>;
}

const [m1, m2, m3] = [ago(1), ago(2), ago(3)];
const TOPS: TopCase[] = [
  {
    path: `/edited-pages/top-by-edits/en.wikipedia/all-editor-types/all-page-types/${m1.year}/${m1.month}/all-days`,
    metric: 'edits', start: isoDay(m1.first), end: isoDay(m1.last + 1), granularity: 'monthly',
    keep: and(revision, project('en.wikipedia')), value: ONE,
    item: { project: 'en.wikipedia', 'editor-type': 'all-editor-types', 'page-type': 'all-page-types', granularity: 'monthly' },
  },
  {
    path: `/edited-pages/top-by-net-bytes-difference/all-wikipedia-projects/user/content/${m2.year}/${m2.month}/15`,
    metric: 'net_bytes_diff', start: isoDay(m2.first + 14), end: isoDay(m2.first + 15), granularity: 'daily',
    keep: and(revision, family('wikipedia'), is('user_type', 'user'), is('page_type', 'content')), value: NET,
    item: { project: 'all-wikipedia-projects', 'editor-type': 'user', 'page-type': 'content', granularity: 'daily' },
  },
  {
    path: `/edited-pages/top-by-absolute-bytes-difference/de.wikipedia/all-editor-types/non-content/${m3.year}/${m3.month}/all-days`,
    metric: 'abs_bytes_diff', start: isoDay(m3.first), end: isoDay(m3.last + 1), granularity: 'monthly',
    keep: and(revision, project('de.wikipedia'), is('page_type', 'non_content')), value: ABS,
    item: { project: 'de.wikipedia', 'editor-type': 'all-editor-types', 'page-type': 'non-content', granularity: 'monthly' },
  },
];

describeAgainstDruid(service, (get) => {

  for (const c of SERIES) {
    it(`answers ${c.path}`, async () => {
      const { status, body } = await get(c.path);
      expect(status, JSON.stringify(body)).to.equal(200);
      const { results, ...item } = body.items[0];
      expect(item).to.deep.equal(c.item);
      const expected = oracle.series(c.granularity, c.start, c.end, c.keep, c.value).map((b) => ({ timestamp: b.timestamp, [c.metric]: b.value }));
      expect(results).to.deep.equal(expected);
      expect(expected.some((b) => b[c.metric] !== 0), 'the case has data to compare').to.equal(true);
    });
  }

  for (const c of TOPS) {
    it(`answers ${c.path}`, async () => {
      const { status, body } = await get(c.path);
      expect(status, JSON.stringify(body)).to.equal(200);
      const { results, ...item } = body.items[0];
      expect(item).to.deep.equal(c.item);
      expect(results).to.have.length(1);
      expect(results[0].timestamp).to.equal(`${c.start}T00:00:00.000Z`);
      const top = results[0].top as { page_title: string; rank: number; [k: string]: unknown }[];
      expect(top.map((e) => e.rank)).to.deep.equal(top.map((_e, i) => i + 1));
      const values = top.map((e) => e[c.metric] as number);
      expect(values).to.deep.equal([...values].sort((a, b) => b - a));
      const expected = oracle.top(c.start, c.end, c.keep, (r) => r.page_title!, c.value);
      const actual = byValueThenName(top, (e) => e.page_title, (e) => e[c.metric] as number).map((e) => ({ key: e.page_title, value: e[c.metric] }));
      expect(actual).to.deep.equal(expected);
      expect(expected.length).to.be.above(1);
    });
  }

  it('answers the AQS 400s before asking Druid: all-… on digests, over 367 days, no full month', async () => {
    const cases: [string, string][] = [
      [`/edited-pages/aggregate/all-projects/all-editor-types/all-page-types/all-activity-levels/monthly/${ymd(ago(4).first)}/${ymd(ago(1).first)}`, '`all-...` project values are not accepted for this metric.'],
      [`/edits/per-page/en.wikipedia/Main_Page/all-editor-types/daily/${ymd(w.first)}/${ymd(w.first + 368)}`, 'Query timespan is too long (max: 31708800 seconds)'],
      [`/edits/aggregate/en.wikipedia/all-editor-types/all-page-types/monthly/${ymd(m1.first + 1)}/${ymd(m1.first + 27)}`, 'no full months found in specified date range'],
    ];
    for (const [path, detail] of cases) {
      const { status, body } = await get(path);
      expect([status, body.detail], path).to.deep.equal([400, detail]);
    }
  });
});

