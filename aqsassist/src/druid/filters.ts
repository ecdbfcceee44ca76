// AQS parameter values → Druid filters for mediawiki_history_reduced (spec §1.7 "aqs2druid").
// Two modes: event mode (an `all-…` value adds no filter) and digest mode (editor-type and page-type
// are always filtered, `all-…` meaning the pre-aggregated `all` rows).

export type DruidFilter =
  | { type: 'selector'; dimension: string; value: string }
  | { type: 'regex'; dimension: string; pattern: string }
  | { type: 'not'; field: DruidFilter }
  | { type: 'and'; fields: DruidFilter[] };

export const selector = (dimension: string, value: string): DruidFilter => ({ type: 'selector', dimension, value });
export const regex = (dimension: string, pattern: string): DruidFilter => ({ type: 'regex', dimension, pattern });
export const not = (field: DruidFilter): DruidFilter => ({ type: 'not', field });

export const EDITOR_TYPES = ['all-editor-types', 'anonymous', 'group-bot', 'name-bot', 'user'] as const;
export const PAGE_TYPES = ['all-page-types', 'content', 'non-content'] as const;
export const ACTIVITY_LEVELS = ['all-activity-levels', '1..4-edits', '5..24-edits', '25..99-edits', '100..-edits'] as const;
export const DRUID_GRANULARITIES = ['daily', 'monthly'] as const;
export type EditorType = (typeof EDITOR_TYPES)[number];
export type PageType = (typeof PAGE_TYPES)[number];
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number];

const FAMILIES = ['wikipedia', 'wikivoyage', 'wiktionary', 'wikibooks', 'wikinews', 'wikiquote', 'wikisource', 'wikiversity'];
const FAMILY_PATTERN = new Map(FAMILIES.map((f) => [`all-${f}-projects`, `^[a-z0-9\\-]+\\.${f}$`]));

const USER_TYPE: Record<EditorType, string> = {
  'all-editor-types': 'all', anonymous: 'anonymous', 'group-bot': 'group_bot', 'name-bot': 'name_bot', user: 'user',
};
const PAGE_TYPE: Record<PageType, string> = { 'all-page-types': 'all', content: 'content', 'non-content': 'non_content' };
const REVISIONS: Record<Exclude<ActivityLevel, 'all-activity-levels'>, string> = {
  '1..4-edits': '^[1-4]$',
  '5..24-edits': '^([5-9]|1\\d|2[0-4])$',
  '25..99-edits': '^(2[5-9]|[3-9]\\d)$',
  '100..-edits': '^[1-9]\\d\\d+$',
};
const EVENT_ALL = new Set(['all-projects', 'all-editor-types', 'all-page-types', 'all-activity-levels']);

/** The parameters a route may carry, named as in its path. */
export interface DruidParams {
  project?: string;
  'editor-type'?: EditorType;
  'page-type'?: PageType;
  'activity-level'?: ActivityLevel;
  'page-title'?: string;
  'user-text'?: string;
}

/** Dimension and value mapping of one parameter, before the mode decides whether it filters. */
function mapped(name: keyof DruidParams, value: string): DruidFilter {
  switch (name) {
    case 'project':
      return selector('project', value);
    case 'editor-type':
      return selector('user_type', USER_TYPE[value as EditorType]);
    case 'page-type':
      return selector('page_type', PAGE_TYPE[value as PageType]);
    case 'activity-level':
      return regex('revisions', REVISIONS[value as keyof typeof REVISIONS]);
    case 'page-title':
      return selector('page_title', value);
    case 'user-text':
      return selector('user_text', value);
  }
}

const ORDER: (keyof DruidParams)[] = ['project', 'editor-type', 'page-type', 'activity-level', 'page-title', 'user-text'];

/**
 * Event mode: an `all-…` value adds nothing and a family name becomes a project regex. AQS applied
 * both checks to every parameter's value, so a page-title `all-page-types` adds no filter and one
 * equal to `all-wikipedia-projects` becomes a project regex; kept for parity (spec §1.7).
 */
export function eventFilters(params: DruidParams): DruidFilter[] {
  const out: DruidFilter[] = [];
  for (const name of ORDER) {
    const value = params[name];
    if (value === undefined || EVENT_ALL.has(value)) continue;
    const family = FAMILY_PATTERN.get(value);
    // Any other `all-…-projects` project is a literal selector that matches nothing, as in AQS.
    out.push(family ? regex('project', family) : mapped(name, value));
  }
  return out;
}

/** Digest mode: project and activity level drop their `all-…` values; editor and page type never do. */
export function digestFilters(params: DruidParams): DruidFilter[] {
  const out: DruidFilter[] = [];
  for (const name of ORDER) {
    const value = params[name];
    if (value === undefined) continue;
    if ((name === 'project' || name === 'activity-level') && EVENT_ALL.has(value)) continue;
    out.push(mapped(name, value));
  }
  return out;
}
