// image-suggestions (the Data Gateway, spec kask-gateway-servicelib.md §B.5): one route per table;
// errors are {status, type, title, detail} problems. The same gateway serves the 14 Commons Impact
// Metrics tables under /public/commons/<table>/… (aqs2-notes §1.1), tagged `commons`.
import { enc, get, type Case } from '../case.js';
import { lastCompleteMonth } from '../dates.js';
import type { TargetData } from '../local-data.js';
import { jsonCheck } from '../case.js';

const hasRows = jsonCheck((b) => [!(Array.isArray(b.rows) && b.rows.length > 0) && 'expected a non-empty rows array']);

export function imageSuggestionsCases(d: TargetData): Case[] {
  const s = 'image-suggestions';
  const t = 'image-suggestions';
  const w = enc(d.suggestionsWiki);
  const id = enc(d.suggestionsPageId);
  return [
    get(t, s, 'suggestions of a page', `/public/image_suggestions/suggestions/${w}/${id}`, 200, { check: hasRows }),
    get(t, s, 'feedback of a page', `/private/image_suggestions/feedback/${w}/${id}`, 200, { check: hasRows }),
    get(t, s, 'title_cache of a title', `/private/image_suggestions/title_cache/${w}/${enc(d.suggestionsTitle)}`, 200, { check: hasRows }),
    get(t, s, 'instanceof_cache of a page', `/private/image_suggestions/instanceof_cache/${w}/${id}`, 200, { check: hasRows }),
    get(t, s, 'a page_id that is not a number is a 400', `/public/image_suggestions/suggestions/${w}/not-a-number`, 400),
    get(t, s, 'an unknown path is the 404 problem', `/public/image_suggestions/no_such_table/${w}/${id}`, 404),
    // Inside the one-process aqs, /healthz is the process's (and the mounted gateway's document leaves it out).
    get(t, s, '/healthz, where the gateway serves its own', '/healthz', 200, { onlyIfDocumented: true }),
    ...gatewayCommonsCases(d),
  ];
}

/** The commons datasets through the gateway: start/end are RFC 3339 (both included), top lists a year and month. */
function gatewayCommonsCases(d: TargetData): Case[] {
  const s = 'image-suggestions';
  const t = 'commons';
  const m = lastCompleteMonth();
  const ym = `${m.year}/${Number(m.month)}`;
  const range = '2000-01-01T00:00:00Z/2099-12-31T23:59:59Z';
  const c = enc(d.commonsCategory);
  const f = enc(d.commonsMediaFile);
  const u = enc(d.commonsUser);
  const w = d.commonsWiki;
  const ok = (table: string, path: string) => get(t, s, `gateway ${table}`, `/public/commons/${table}/${path}`, 200, { check: hasRows });
  return [
    ok('category_metrics_snapshot', `${c}/${range}`),
    ok('media_file_metrics_snapshot', `${f}/${range}`),
    ok('pageviews_per_category_monthly', `${c}/deep/all-wikis/${range}`),
    ok('pageviews_per_media_file_monthly', `${f}/all-wikis/${range}`),
    ok('edits_per_category_monthly', `${c}/deep/all-edit-types/${range}`),
    ok('edits_per_user_monthly', `${u}/all-edit-types/${range}`),
    ok('top_pages_per_category_monthly', `${c}/deep/all-wikis/${ym}`),
    ok('top_pages_per_media_file_monthly', `${f}/${w}/${ym}`),
    ok('top_wikis_per_category_monthly', `${c}/deep/${ym}`),
    ok('top_wikis_per_media_file_monthly', `${f}/${ym}`),
    ok('top_viewed_categories_monthly', `deep/all-wikis/${ym}`),
    ok('top_viewed_media_files_monthly', `${c}/deep/all-wikis/${ym}`),
    ok('top_edited_categories_monthly', `deep/all-edit-types/${ym}`),
    ok('top_editors_monthly', `${c}/deep/all-edit-types/${ym}`),
    get(t, s, 'gateway: a start that is not RFC 3339 is a 400', `/public/commons/category_metrics_snapshot/${c}/2024-13-01/${m.year}-01-01T00:00:00Z`, 400),
    get(t, s, 'gateway: a month that is not a number is a 400', `/public/commons/top_wikis_per_media_file_monthly/${f}/${m.year}/may`, 400),
  ];
}
