// image-suggestions (the Data Gateway, spec kask-gateway-servicelib.md §B.5): one route per table;
// errors are {status, type, title, detail} problems.
import { enc, get, type Case } from '../case.js';
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
    get(t, s, 'feedback of a page', `/private/image_suggestions/feedback/${w}/${id}`, 200),
    get(t, s, 'title_cache of a title', `/private/image_suggestions/title_cache/${w}/${enc(d.suggestionsTitle)}`, 200, { check: hasRows }),
    get(t, s, 'instanceof_cache of a page', `/private/image_suggestions/instanceof_cache/${w}/${id}`, 200),
    get(t, s, 'a page_id that is not a number is a 400', `/public/image_suggestions/suggestions/${w}/not-a-number`, 400),
    get(t, s, 'an unknown path is the 404 problem', `/public/image_suggestions/no_such_table/${w}/${id}`, 404),
  ];
}
