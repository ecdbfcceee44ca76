// The mediarequests sample as functions of (what, when): the loader writes rows from them and the
// tests compute their expectations from them (an oracle), whatever day they run. Figures come from
// the seeded counter-based PRNG of the pageviews sample (unit), so they never depend on load order.
//
// Per file: requests of the `all-referers` referer fall with popularity rank (Zipf-like) and are
// split into user and spider; a few referers hold shares of them. Per referer: leaves by referer
// class × media type × agent; every `all-…` value is a sum of leaves, as the loader's GROUPING SETS
// make them; a project referer is a share of `internal`.
import { unit } from './sample-pageviews-model.js';
import { MEDIA_TYPES, SAMPLE_FILES, type MediaType } from './sample-mediarequests-files.js';

const STREAM = { file: 21, agent: 22, referer: 23, leaf: 24, top: 25 } as const;

export interface AgentCounts {
  user: number;
  spider: number;
}

/** Per-file referers with rows, and their share of all-referers (en.wikipedia is part of internal). */
export const FILE_REFERER_SHARE: Readonly<Record<string, number>> = { 'all-referers': 1, internal: 0.55, external: 0.2, 'en.wikipedia': 0.3 };

/** Requests for file `index` on `day` from `referer`; {0, 0} on a quiet day. */
export function fileRequests(index: number, referer: string, day: number): AgentCounts {
  // The punctuation cases sit among moderately popular files.
  const rank = index < SAMPLE_FILES.length - 17 ? index : 200 + index;
  const total = (40_000 / (rank + 1) ** 0.95) * (0.3 + 1.4 * unit(STREAM.file, index, day));
  const r = Object.keys(FILE_REFERER_SHARE).indexOf(referer);
  const share = FILE_REFERER_SHARE[referer]! * (r === 0 ? 1 : 0.8 + 0.4 * unit(STREAM.referer, index, r, day));
  const all = Math.floor(total * share);
  const spider = Math.floor(all * (0.03 + 0.12 * unit(STREAM.agent, index, r, day)));
  return { user: all - spider, spider };
}

export const REFERER_CLASSES = ['internal', 'external', 'search-engine', 'unknown', 'none'] as const;
const CLASS_SHARE = [0.55, 0.15, 0.12, 0.1, 0.08];
const TYPE_SHARE = [0.85, 0.03, 0.06, 0.04, 0.02];
const AGENT_SHARE = { user: 0.9, spider: 0.1 } as const;
/** Project referers stored in the aggregate table: a share of `internal`. */
export const PROJECT_REFERERS: Readonly<Record<string, number>> = { 'en.wikipedia': 0.31, 'de.wikipedia': 0.08 };
const DAILY_REQUESTS = 600_000_000;

function leaf(referer: number, type: number, agent: 'user' | 'spider', day: number): number {
  const noise = 0.9 + 0.2 * unit(STREAM.leaf, referer, type, agent === 'user' ? 0 : 1, day);
  return Math.round(DAILY_REQUESTS * CLASS_SHARE[referer]! * TYPE_SHARE[type]! * AGENT_SHARE[agent] * noise);
}

/** Daily requests of the aggregate table for a referer, media type and agent (all-… included). */
export function aggregateRequests(referer: string, mediaType: string, agent: string, day: number): number {
  const project = PROJECT_REFERERS[referer];
  const classes = referer === 'all-referers' ? REFERER_CLASSES.map((_, i) => i) : [REFERER_CLASSES.indexOf((project ? 'internal' : referer) as never)];
  const types = mediaType === 'all-media-types' ? MEDIA_TYPES.map((_, i) => i) : [MEDIA_TYPES.indexOf(mediaType as MediaType)];
  const agents = agent === 'all-agents' ? (['user', 'spider'] as const) : [agent as 'user' | 'spider'];
  let sum = 0;
  for (const c of classes) for (const t of types) for (const a of agents) sum += leaf(c, t, a, day);
  return project ? Math.round(sum * project) : sum;
}

/** Requests of the files of a type (or all) from a referer over days [from, to], ranked: the top list. */
export function topFiles(referer: string, mediaType: string, from: number, to: number, size = 50): { file_path: string; requests: number; rank: number }[] {
  const candidates = SAMPLE_FILES.map((f, index) => ({ f, index })).filter(({ f }) => mediaType === 'all-media-types' || f.type === mediaType);
  const share = referer === 'all-referers' ? 1 : 0.3;
  const totals = candidates.slice(0, 300).map(({ f, index }) => {
    let sum = 0;
    for (let day = from; day <= to; day++) {
      const r = fileRequests(index, 'all-referers', day);
      sum += r.user + r.spider;
    }
    return { file_path: f.stored, requests: Math.round(sum * share * (share === 1 ? 1 : 0.5 + unit(STREAM.top, index))) };
  });
  totals.sort((a, b) => b.requests - a.requests || (a.file_path < b.file_path ? -1 : 1));
  return totals.slice(0, size).map((t, i) => ({ ...t, rank: i + 1 }));
}
