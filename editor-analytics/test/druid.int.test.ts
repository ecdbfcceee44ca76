// Every editor-analytics route against the real local Druid and its sample data (make env-up), with
// the datasource name read from aqs.config; expected values come from the oracle over the same
// generated rows, for dates in the loaded snapshot's window. Editors tops hide IP addresses.
import { expect } from 'chai';
import { isIP } from 'node:net';
import { byValueThenName, describeAgainstDruid } from '@aqs/test-env/druid-harness';
import { isoDay, loadedHistory, ymd, type HistoryRow } from '@aqs/test-env/mediawiki-history';
import service from '../src/service.js';

const is = (field: keyof HistoryRow, value: unknown) => (r: HistoryRow) => r[field] === value;
const and = (...fs: ((r: HistoryRow) => boolean)[]) => (r: HistoryRow) => fs.every((f) => f(r));
const revision = and(is('event_entity', 'revision'), is('event_type', 'create'));
const ONE = () => 1;

const oracle = await loadedHistory();
const { window: w, months } = oracle.loaded;
const ago = (k: number) => months.at(-k)!; // 1: the last complete month
const after = w.last + 1;
const d0 = ago(1).first;
const [m1, m2, m3] = [ago(1), ago(2), ago(3)];

describeAgainstDruid(service, (get) => {

  const series = [
    {
      path: `/editors/aggregate/en.wikipedia/all-editor-types/all-page-types/100..-edits/monthly/${ymd(ago(12).first)}/${ymd(after)}`,
      metric: 'editors', granularity: 'month' as const, start: isoDay(ago(12).first), end: isoDay(after),
      keep: and(is('event_entity', 'user'), is('event_type', 'monthly_digest'), is('project', 'en.wikipedia'), is('user_type', 'all'), is('page_type', 'all'), (r: HistoryRow) => /^[1-9]\d\d+$/.test(r.revisions ?? '')),
      item: { project: 'en.wikipedia', 'editor-type': 'all-editor-types', 'page-type': 'all-page-types', 'activity-level': '100..-edits', granularity: 'monthly' },
    },
    {
      path: `/editors/aggregate/de.wikipedia/user/content/1..4-edits/daily/${ymd(d0)}/${ymd(d0 + 7)}`,
      metric: 'editors', granularity: 'day' as const, start: isoDay(d0), end: isoDay(d0 + 7),
      keep: and(is('event_entity', 'user'), is('event_type', 'daily_digest'), is('project', 'de.wikipedia'), is('user_type', 'user'), is('page_type', 'content'), (r: HistoryRow) => /^[1-4]$/.test(r.revisions ?? '')),
      item: { project: 'de.wikipedia', 'editor-type': 'user', 'page-type': 'content', 'activity-level': '1..4-edits', granularity: 'daily' },
    },
    {
      path: `/registered-users/new/en.wikipedia/monthly/${ymd(ago(3).first)}/${ymd(after)}`,
      metric: 'new_registered_users', granularity: 'month' as const, start: isoDay(ago(3).first), end: isoDay(after),
      keep: and(is('event_entity', 'user'), is('event_type', 'create'), is('project', 'en.wikipedia'), (r: HistoryRow) => (r.other_tags ?? []).includes('self_created')),
      item: { project: 'en.wikipedia', granularity: 'monthly' },
    },
  ];
  for (const c of series) {
    it(`answers ${c.path}`, async () => {
      const { status, body } = await get(c.path);
      expect(status, JSON.stringify(body)).to.equal(200);
      const { results, ...item } = body.items[0];
      expect(item).to.deep.equal(c.item);
      const expected = oracle.series(c.granularity, c.start, c.end, c.keep, ONE).map((b) => ({ timestamp: b.timestamp, [c.metric]: b.value }));
      expect(results).to.deep.equal(expected);
      expect(expected.some((b) => b[c.metric] !== 0), 'the case has data to compare').to.equal(true);
    });
  }

  const tops = [
    {
      path: `/editors/top-by-edits/en.wikipedia/all-editor-types/all-page-types/${m1.year}/${m1.month}/all-days`,
      metric: 'edits', start: isoDay(m1.first), end: isoDay(m1.last + 1), keep: and(revision, is('project', 'en.wikipedia')), value: ONE,
    },
    {
      path: `/editors/top-by-net-bytes-difference/all-projects/anonymous/all-page-types/${m2.year}/${m2.month}/all-days`,
      metric: 'net_bytes_diff', start: isoDay(m2.first), end: isoDay(m2.last + 1), keep: and(revision, is('user_type', 'anonymous')), value: (r: HistoryRow) => r.text_bytes_diff,
    },
    {
      path: `/editors/top-by-absolute-bytes-difference/fr.wiktionary/name-bot/content/${m3.year}/${m3.month}/10`,
      metric: 'abs_bytes_diff', start: isoDay(m3.first + 9), end: isoDay(m3.first + 10), keep: and(revision, is('project', 'fr.wiktionary'), is('user_type', 'name_bot'), is('page_type', 'content')), value: (r: HistoryRow) => r.text_bytes_diff_abs,
    },
  ];
  for (const c of tops) {
    it(`answers ${c.path}, hiding IP addresses`, async () => {
      const { status, body } = await get(c.path);
      expect(status, JSON.stringify(body)).to.equal(200);
      const top = body.items[0].results[0].top as { user_text: string | null; rank: number; [k: string]: unknown }[];
      expect(top.map((e) => e.rank)).to.deep.equal(top.map((_e, i) => i + 1));
      const expected = oracle.top(c.start, c.end, c.keep, (r) => r.user_text!, c.value).map((e) => ({ key: isIP(e.key) ? null : e.key, value: e.value }));
      // Names hidden as null cannot be told apart: compare the values in order, and the visible names.
      expect(top.map((e) => e[c.metric])).to.deep.equal(expected.map((e) => e.value));
      const visible = byValueThenName(top.filter((e) => e.user_text !== null), (e) => e.user_text, (e) => e[c.metric] as number).map((e) => ({ key: e.user_text, value: e[c.metric] }));
      expect(visible).to.deep.equal(byValueThenName(expected.filter((e) => e.key !== null), (e) => e.key, (e) => e.value));
      expect(top.every((e) => e.user_text === null || isIP(e.user_text) === 0)).to.equal(true);
      expect(expected.length).to.be.above(0);
    });
  }

  it('hides every anonymous editor: an anonymous top is all nulls', async () => {
    const { body } = await get(`/editors/top-by-edits/all-projects/anonymous/all-page-types/${m1.year}/${m1.month}/all-days`);
    const top = body.items[0].results[0].top as { user_text: string | null }[];
    expect(top.length).to.be.above(1);
    expect(top.map((e) => e.user_text)).to.deep.equal(top.map(() => null));
  });
});

