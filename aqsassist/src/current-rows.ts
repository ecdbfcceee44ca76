// Rows as the loaders and RESTBase leave them in an AQS `data` table (spec §1.6): every clustering
// key may hold several versions, newest `"_tid"` first (clustering `"_tid" DESC`), and a version
// with `"_del"` set is a deletion. Readers answer with the newest version of each key, deletions
// left out.
import type cassandra from 'cassandra-driver';

/**
 * The newest live version of each clustering key. `key` names the clustering column the rows are
 * ordered by (`timestamp`); without it the partition is one key (the top tables: `"_tid"` only).
 */
export function currentRows(rows: readonly cassandra.types.Row[], key?: string): cassandra.types.Row[] {
  const live: cassandra.types.Row[] = [];
  let previous: unknown = Symbol('none');
  for (const row of rows) {
    const value = key === undefined ? undefined : row[key];
    if (value === previous) continue; // an older version of a key already decided
    previous = value;
    if (row._del == null) live.push(row);
  }
  return live;
}
