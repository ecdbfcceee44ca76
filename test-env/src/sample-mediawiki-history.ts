// Sample mediawiki_history_reduced rows for the local Druid: the shape of the production load spec
// (refinery's load_mediawiki_history_reduced), made up but self-consistent. Revisions, page and user
// creations are generated from a seeded PRNG; the daily and monthly digests are computed from those
// revisions, so every endpoint's numbers agree with each other. The months of the sample window
// (the 24 up to the last complete month when it is loaded, sample-pageviews-window.ts), four projects
// from three families, every editor type, page type and activity level.
//
// The datasource is named after its last month, as production names each monthly snapshot
// (`mediawiki_history_reduced_2026_10`), so the name written into aqs.config says which window was
// loaded: tests regenerate the rows from it, and make env-up loads a new snapshot once a month ends.
//
// Every revision and page creation carries at least one tag. Druid 33 evaluates native filters with
// SQL three-valued logic (the legacy mode is removed), so AQS's `NOT other_tags = deleted` filter
// drops rows whose other_tags is null, where the Druid AQS was written for kept them.
import { dateOf } from './sample-pageviews-model.js';
import { monthOf, sampleWindow, type SampleWindow } from './sample-pageviews-window.js';

/** The aqs.config key the production loader writes the current Druid snapshot under (aqs2-notes §2.2). */
export const DRUID_DATASOURCE_PARAM = 'mediawiki_history_reduced_druid_datasource';

/** What every snapshot's name starts with; the month of its last data follows (`_2026_10`). */
export const SNAPSHOT_PREFIX = 'mediawiki_history_reduced_';
const SNAPSHOT_NAME = /^mediawiki_history_reduced_(\d{4})_(\d{2})$/;

/** The datasource of the sample for a window: named after the window's last month. */
export function snapshotOf(w: SampleWindow): string {
  const m = monthOf(w.last);
  return `${SNAPSHOT_PREFIX}${m.year}_${m.month}`;
}

/** The window a sample datasource covers, from its name; undefined for another name. */
export function windowOfSnapshot(name: string): SampleWindow | undefined {
  const m = SNAPSHOT_NAME.exec(name);
  // The window of a load made in the month after the snapshot's.
  return m ? sampleWindow(new Date(Date.UTC(Number(m[1]), Number(m[2]), 1))) : undefined;
}

export const PROJECTS = ['en.wikipedia', 'de.wikipedia', 'fr.wiktionary', 'en.wikivoyage'] as const;

export interface HistoryRow {
  event_timestamp: string;
  project: string;
  event_entity: 'revision' | 'page' | 'user';
  event_type: 'create' | 'daily_digest' | 'monthly_digest';
  user_text: string | null;
  user_type: string | null;
  page_title: string | null;
  page_namespace: number | null;
  page_type: string | null;
  other_tags: string[] | null;
  revisions: string | null;
  text_bytes_diff: number;
  text_bytes_diff_abs: number;
}

type UserType = 'user' | 'anonymous' | 'group_bot' | 'name_bot';
interface User { text: string; type: UserType; activity: number }
interface Page { title: string; namespace: number; type: 'content' | 'non_content'; redirect: boolean }

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EDIT_TAGS = ['visualeditor', 'wikieditor', 'mobile_edit', 'mobile_web_edit'];

function usersFor(project: string, rand: () => number): User[] {
  const users: User[] = [];
  // Activity weights spread editors over every activity level (1..4, 5..24, 25..99, 100.. per month).
  for (let i = 0; i < 12; i++) users.push({ text: `${project.split('.')[0]}_Editor_${i + 1}`, type: 'user', activity: [40, 12, 6, 3, 2, 1][i % 6]! });
  for (let i = 0; i < 6; i++) users.push({ text: `10.${i}.${Math.floor(rand() * 200)}.${i + 1}`, type: 'anonymous', activity: 1 });
  users.push({ text: '2001:db8::7', type: 'anonymous', activity: 1 });
  users.push({ text: 'InternetArchiveBot', type: 'group_bot', activity: 20 });
  users.push({ text: 'ClueBot', type: 'group_bot', activity: 8 });
  users.push({ text: 'TitleFixBot', type: 'name_bot', activity: 10 });
  return users;
}

function pagesFor(rand: () => number): Page[] {
  const pages: Page[] = [];
  const content = ['Main_Page', 'Berlin', 'Paris', 'Ada_Lovelace', 'Photosynthesis', 'Jazz', 'Mount_Everest', 'Tea', 'Volcano', 'Chess', 'Moon', 'Bicycle'];
  for (const title of content) pages.push({ title, namespace: 0, type: 'content', redirect: false });
  pages.push({ title: 'Paris,_France', namespace: 0, type: 'content', redirect: true });
  for (const title of ['Talk:Berlin', 'Talk:Jazz', 'User:Jimbo_Wales', 'Wikipedia:Sandbox', 'Help:Contents', 'Template:Infobox']) {
    pages.push({ title, namespace: title.startsWith('Talk:') ? 1 : title.startsWith('User:') ? 2 : title.startsWith('Wikipedia:') ? 4 : title.startsWith('Help:') ? 12 : 10, type: 'non_content', redirect: false });
  }
  void rand;
  return pages;
}

const base = (ts: string, project: string) => ({
  event_timestamp: `${ts}T00:00:00Z`,
  project,
  user_text: null,
  user_type: null,
  page_title: null,
  page_namespace: null,
  page_type: null,
  other_tags: null,
  revisions: null,
  text_bytes_diff: 0,
  text_bytes_diff_abs: 0,
});

/** Digest rows: one per (editor or page) and period, per user_type and page_type including "all". */
function digestRows(
  project: string,
  period: string,
  eventType: 'daily_digest' | 'monthly_digest',
  revs: { user: User; page: Page }[],
): HistoryRow[] {
  const rows: HistoryRow[] = [];
  const count = new Map<string, number>();
  const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
  for (const { user, page } of revs) {
    for (const ut of [user.type, 'all']) for (const pt of [page.type, 'all']) {
      bump(`user\u0000${user.text}\u0000${ut}\u0000${pt}`);
      bump(`page\u0000${page.title}\u0000${ut}\u0000${pt}`);
    }
  }
  for (const [k, n] of count) {
    const [entity, , ut, pt] = k.split('\u0000') as ['user' | 'page', string, string, string];
    rows.push({ ...base(period, project), event_entity: entity, event_type: eventType, user_type: ut, page_type: pt, revisions: String(n) });
  }
  return rows;
}

/** The rows of the sample for a window. */
export function generateMediawikiHistory(w: SampleWindow): HistoryRow[] {
  const rows: HistoryRow[] = [];
  const days = w.last - w.first + 1;
  // Day i of the window as YYYY-MM-DD.
  const dayString = (i: number) => dateOf(w.first + i).toISOString().slice(0, 10);
  PROJECTS.forEach((project, p) => {
    const rand = prng(1000 + p);
    const users = usersFor(project, rand);
    const pages = pagesFor(rand);
    const weights = users.map((u) => u.activity);
    const total = weights.reduce((a, b) => a + b, 0);
    const pick = () => {
      let r = rand() * total;
      for (let i = 0; i < users.length; i++) if ((r -= weights[i]!) < 0) return users[i]!;
      return users[users.length - 1]!;
    };
    // Registered users sign up in the first weeks; most create their own account.
    users.forEach((u, i) => {
      if (u.type === 'anonymous') return;
      rows.push({ ...base(dayString(i * 2), project), event_entity: 'user', event_type: 'create', user_text: u.text, user_type: u.type, other_tags: u.type === 'user' && i % 4 === 3 ? null : ['self_created'] });
    });
    // Pages are created over the first months, by a named user.
    pages.forEach((pg, i) => {
      const creator = users[i % 6]!;
      rows.push({ ...base(dayString(i * 9 + p), project), event_entity: 'page', event_type: 'create', user_text: creator.text, user_type: creator.type, page_title: pg.title, page_namespace: pg.namespace, page_type: pg.type, other_tags: pg.redirect ? ['redirect'] : [EDIT_TAGS[i % EDIT_TAGS.length]!] });
    });
    const perMonth = new Map<string, { user: User; page: Page }[]>();
    const scale = [1, 0.8, 1.3, 0.5][p]!;
    for (let day = 0; day < days; day++) {
      const date = dayString(day);
      const month = `${date.slice(0, 7)}-01`;
      const growth = 1 + day / days; // editing grows over the two years
      const n = Math.max(1, Math.round((4 + rand() * 8) * scale * growth));
      const revs: { user: User; page: Page }[] = [];
      for (let i = 0; i < n; i++) {
        const user = pick();
        const page = pages[Math.floor(rand() * pages.length)]!;
        const diff = Math.round((rand() - 0.3) * 1500);
        const deleted = rand() < 0.03;
        const tag = EDIT_TAGS[Math.floor(rand() * EDIT_TAGS.length)]!;
        rows.push({ ...base(date, project), event_entity: 'revision', event_type: 'create', user_text: user.text, user_type: user.type, page_title: page.title, page_namespace: page.namespace, page_type: page.type, other_tags: deleted ? ['deleted', tag] : [tag], text_bytes_diff: diff, text_bytes_diff_abs: Math.abs(diff) });
        if (!deleted) revs.push({ user, page });
      }
      // Over the whole window, so recent months have them too: newcomers sign up (most never edit;
      // one in four has an account made for them, which is not a self-created registration), and
      // now and then a newcomer-sized page is started, its creation being its first revision.
      const signups = Math.floor(rand() * 4 * scale * growth);
      for (let i = 0; i < signups; i++) {
        const text = `${project.split('.')[0]}_Newcomer_${date.replaceAll('-', '')}_${i + 1}`;
        rows.push({ ...base(date, project), event_entity: 'user', event_type: 'create', user_text: text, user_type: 'user', other_tags: rand() < 0.25 ? ['created_by_other'] : ['self_created'] });
      }
      if (rand() < 0.3 * scale) {
        const user = pick();
        const page: Page = { title: `Draft_article_${date.replaceAll('-', '')}`, namespace: 0, type: 'content', redirect: false };
        const size = 200 + Math.round(rand() * 3000);
        const tag = EDIT_TAGS[Math.floor(rand() * EDIT_TAGS.length)]!;
        rows.push({ ...base(date, project), event_entity: 'page', event_type: 'create', user_text: user.text, user_type: user.type, page_title: page.title, page_namespace: 0, page_type: 'content', other_tags: [tag] });
        rows.push({ ...base(date, project), event_entity: 'revision', event_type: 'create', user_text: user.text, user_type: user.type, page_title: page.title, page_namespace: 0, page_type: 'content', other_tags: [tag], text_bytes_diff: size, text_bytes_diff_abs: size });
        revs.push({ user, page });
      }
      rows.push(...digestRows(project, date, 'daily_digest', revs));
      const m = perMonth.get(month) ?? [];
      m.push(...revs);
      perMonth.set(month, m);
    }
    for (const [month, revs] of perMonth) rows.push(...digestRows(project, month, 'monthly_digest', revs));
  });
  return rows;
}
