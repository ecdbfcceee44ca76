// What a Druid-backed 200 that has data looks like (spec aqs-endpoints.md §1.7): one item echoing
// the parameters, with `results` (timeseries) or `results[].top` (tops).
import { jsonCheck } from '../case.js';

export const hasResults = (echo: Record<string, string>, n?: number) =>
  jsonCheck((b) => {
    const item = b.items?.[0];
    return [
      b.items?.length !== 1 && `expected one item, got ${b.items?.length}`,
      !item?.results?.length && 'no results (the target holds no data for this range?)',
      n !== undefined && item?.results?.length !== n && `expected ${n} results, got ${item?.results?.length}`,
      ...Object.entries(echo).map(([k, v]) => item?.[k] !== v && `${k}: expected ${v}, got ${item?.[k]}`),
    ];
  });

export const hasTop = jsonCheck((b) => [!b.items?.[0]?.results?.[0]?.top?.length && 'no top list (the target holds no data for this month?)']);
