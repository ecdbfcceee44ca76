// The most requested files (spec §2.10): one stored list per referer, media type and day, or per
// month under the literal day `all-days`; answered sorted by rank (ties keep their stored order).
import {
  AQS_DOMAIN,
  currentRows,
  normalizeReferer,
  notFoundNoData,
  parseStoredList,
  validateYearMonthDay,
  type CassandraStore,
} from '@aqs/aqsassist';

export const TOP_QUERY =
  'SELECT "_del", "filesJSON" FROM "local_group_default_T_mediarequest_top_files".data ' +
  'WHERE "_domain" = ? AND referer = ? AND media_type = ? AND year = ? AND month = ? AND day = ?';

export interface TopParams {
  referer: string;
  media_type: string;
  year: string;
  month: string;
  day: string;
}

/** An element as the loader writes it (Appendix B). */
export interface RankedFile {
  file_path: string;
  requests: number;
  rank: number;
}

export async function top(store: CassandraStore, params: TopParams) {
  const referer = normalizeReferer(params.referer);
  const { media_type, year, month, day } = params;
  validateYearMonthDay(year, month, day);
  const [row] = currentRows(await store.read(TOP_QUERY, [AQS_DOMAIN, referer, media_type, year, month, day]));
  const files = row && parseStoredList<RankedFile>(row.filesJSON);
  if (!files) throw notFoundNoData();
  // Array.prototype.sort is stable: equal ranks stay in stored order.
  return { items: [{ referer, media_type, year, month, day, files: files.sort((a, b) => a.rank - b.rank) }] };
}
