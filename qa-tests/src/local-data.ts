// ─────────────────────────────────────────────────────────────────────────────────────────────────
// LOCAL SAMPLE SPECIFICS: the only place the suite names values that depend on which data a target
// holds. Everything else is public API knowledge (paths, enums, error rules) plus dates relative to
// today. The defaults fit the local sample (make env-up: test-env/src/sample-*.ts) and, where a
// well-known value exists, production/staging too (en.wikipedia Main_Page, the US, Commons files).
// To point the suite at a target with other data, give a JSON file of overrides: QA_DATA=file.json
// with any of the keys below, e.g. {"editorName": "Jimbo Wales"}.
// ─────────────────────────────────────────────────────────────────────────────────────────────────
import { readFileSync } from 'node:fs';

export interface TargetData {
  /** A project with pageviews, unique devices, edits and editors data. */
  project: string;
  /** An article of `project` with daily pageviews in the last complete month, and edits. */
  article: string;
  /** A country with a top-per-country list on the first day of the last complete month. */
  country: string;
  /** An upload.wikimedia.org path (decoded) with per-file requests in the last complete month. */
  mediaFile: string;
  /** A user who edited on `project` in the last twelve complete months (per-editor routes). */
  editorName: string;
  /**
   * Legacy pagecounts: a project and a monthly range (YYYYMMDDHH) that hold data. Production's
   * pagecounts stop in 2016 (use 2015010100..2016010100 there); the local sample holds them in its
   * two-year window, so the default is the last twelve complete months, computed when undefined.
   */
  pagecountsRange?: { start: string; end: string } | undefined;
  /** Commons Impact Metrics: an allow-listed category and a media file in it (titles without namespace). */
  commonsCategory: string;
  commonsMediaFile: string;
  /** Commons: a user name with edits, and a wiki (without .org) where the category's files are viewed. */
  commonsUser: string;
  commonsWiki: string;
  /** Image suggestions: a wiki and a page id with suggestions, and a page title in the title cache. */
  suggestionsWiki: string;
  suggestionsPageId: string;
  suggestionsTitle: string;
}

const DEFAULTS: TargetData = {
  project: 'en.wikipedia',
  article: 'Main_Page',
  country: 'US',
  // One of AQS 1.0's punctuation cases (spec §5.4), loaded by the local sample.
  mediaFile: '/wikipedia/commons/0/03/Siemens_I=40A_ΔI=30mA_RCD.JPG',
  // A bot of the local sample (test-env/src/sample-mediawiki-history.ts) that edits production too.
  editorName: 'InternetArchiveBot',
  pagecountsRange: undefined,
  // An allow-listed primary category in production too (aqs2-notes §1.2's example) and in the local
  // sample (test-env/src/sample-commons-world.ts); the file, user and wiki are the local sample's.
  commonsCategory: 'Images_from_Memòria_Digital_de_Catalunya',
  commonsMediaFile: 'Mapa_de_Catalunya_1908.jpg',
  commonsUser: 'MDC-uploader',
  commonsWiki: 'en.wikipedia',
  // The seed's example row (shared/seeds/data-gateway.txt) and a title of the local title cache.
  suggestionsWiki: 'anwiki',
  suggestionsPageId: '3326',
  suggestionsTitle: 'Aragón',
};

export function targetData(env: NodeJS.ProcessEnv = process.env): TargetData {
  if (!env.QA_DATA) return DEFAULTS;
  const overrides = JSON.parse(readFileSync(env.QA_DATA, 'utf8')) as Partial<TargetData>;
  for (const k of Object.keys(overrides)) if (!(k in DEFAULTS)) throw new Error(`QA_DATA: unknown key ${k} (known: ${Object.keys(DEFAULTS).join(', ')})`);
  return { ...DEFAULTS, ...overrides };
}
