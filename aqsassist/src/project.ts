// Project and referer normalisation (spec/aqs-endpoints.md §1.3, AQS 1.0 normalizeProject).
import { invalidRequest } from './problems.js';

const PROJECT_CHARS = /^[a-z0-9_.-]+$/;

export const INVALID_PROJECT = 'The parameter `project` contains invalid characters.';
export const ALL_PROJECTS_REFUSED = '`all-...` project values are not accepted for this metric.';

/**
 * Trim, lower-case, drop one leading `www.` and one trailing `.org`, then require [a-z0-9_.-].
 * `EN.WIKIPEDIA.ORG` → `en.wikipedia`. With noAllProjects, `all-…` values are refused.
 */
export function normalizeProject(value: string, opts: { noAllProjects?: boolean } = {}): string {
  let p = value.trim().toLowerCase();
  if (p.startsWith('www.')) p = p.slice(4);
  if (p.endsWith('.org')) p = p.slice(0, -4);
  if (!PROJECT_CHARS.test(p)) throw invalidRequest(INVALID_PROJECT);
  if (opts.noAllProjects && p.startsWith('all-')) throw invalidRequest(ALL_PROJECTS_REFUSED);
  return p;
}

const REFERER_CLASSES = new Set(['internal', 'external', 'search-engine', 'unknown', 'none']);

/** Mediarequests referer: a referer class as is, otherwise a project (`de.wikipedia.org` → `de.wikipedia`). */
export function normalizeReferer(value: string): string {
  const r = value.trim().toLowerCase();
  return REFERER_CLASSES.has(r) ? r : normalizeProject(r);
}
