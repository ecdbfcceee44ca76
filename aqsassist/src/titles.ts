// Article, page-title and file-path normalisation (spec/aqs-endpoints.md §1.3).

/** Pageviews article: spaces become underscores; nothing else changes. */
export const normalizeArticle = (title: string): string => title.replaceAll(' ', '_');

/** Druid per-page title: spaces become underscores. (user-text is never normalised.) */
export const normalizePageTitle = (title: string): string => title.replaceAll(' ', '_');

// Characters kept literal in a file name: what encodeURIComponent leaves alone plus the set the
// loader never encoded ($ = ` % & + : ? " ; @ ^).
const LITERAL = /[A-Za-z0-9\-_.!~*'()$=`%&+:?";@^]/;

/**
 * Mediarequests file path as stored in Cassandra: the directory part (up to the last `/`) is kept,
 * the file name is UTF-8 percent-encoded except for the literal set above. A `%` stays literal, so
 * sequences already encoded pass through.
 */
export function normalizeFilePath(path: string): string {
  const cut = path.lastIndexOf('/') + 1;
  let name = '';
  for (const ch of path.slice(cut)) {
    name += LITERAL.test(ch) ? ch : encodeURIComponent(ch);
  }
  return path.slice(0, cut) + name;
}
