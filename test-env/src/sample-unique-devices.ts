// Sample unique-devices data good enough to demo: several projects and families, every access-site,
// daily and monthly, 2020-2021, written the way the production loader writes them (spec Appendix B:
// constant _tid, daily YYYYMMDD, monthly YYYYMM01). Deterministic, so tests and demos see the same values.

export const LOADER_TID = '13814000-1dd2-11b2-8080-808080808080';
export const DOMAIN = 'analytics.wikimedia.org';

export const INSERT_UNIQUE_DEVICES =
  'INSERT INTO "local_group_default_T_unique_devices".data ("_domain", project, "access-site", granularity, timestamp, "_tid", devices, offset, underestimate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** Daily all-sites devices around which each project's figures vary. */
const PROJECTS: Record<string, number> = {
  'en.wikipedia': 68_000_000,
  'de.wikipedia': 11_500_000,
  'fr.wikipedia': 9_800_000,
  'es.wikipedia': 14_200_000,
  'ja.wikipedia': 12_700_000,
  'commons.wikimedia': 3_100_000,
  'en.wiktionary': 2_400_000,
  'all-wikipedia-projects': 395_000_000,
  'all-wiktionary-projects': 6_300_000,
};
const SITE_SHARE = { 'all-sites': 1, 'mobile-site': 0.66, 'desktop-site': 0.41 } as const;

export const SAMPLE_FIRST_DAY = '20200101';
export const SAMPLE_LAST_DAY = '20211231';

/** The production values the AQS 2.0 integration test expects for en.wikipedia/all-sites/daily/2021-01-02 (spec §D.10.2). */
export const QA_ROW = { day: '20210102', devices: 75002648, offset: 14784457, underestimate: 60218191 };

/** A small deterministic hash in [0, 1) so values look noisy but never change between loads. */
function noise(...parts: string[]): number {
  let h = 2166136261;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 100000) / 100000;
}

function figures(base: number, key: string[]): [number, number, number] {
  const devices = Math.round(base * (0.9 + 0.2 * noise(...key)));
  const offset = Math.round(devices * (0.17 + 0.06 * noise('offset', ...key)));
  return [devices, offset, devices - offset];
}

const ymd = (d: Date) => d.toISOString().slice(0, 10).replaceAll('-', '');

export type UniqueDevicesRow = [string, string, string, string, string, string, number, number, number];

export function sampleUniqueDevicesRows(): UniqueDevicesRow[] {
  const rows: UniqueDevicesRow[] = [];
  const first = new Date(Date.UTC(2020, 0, 1));
  const last = new Date(Date.UTC(2021, 11, 31));
  for (const [project, base] of Object.entries(PROJECTS)) {
    for (const [site, share] of Object.entries(SITE_SHARE)) {
      for (let d = new Date(first); d <= last; d.setUTCDate(d.getUTCDate() + 1)) {
        const day = ymd(d);
        const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
        // Desktop drops at weekends, mobile rises a little: the shape Wikistats charts show.
        const weekly = site === 'desktop-site' ? (weekend ? 0.78 : 1.05) : site === 'mobile-site' ? (weekend ? 1.06 : 0.98) : 1;
        let [devices, offset, underestimate] = figures(base * share * weekly, [project, site, day]);
        if (project === 'en.wikipedia' && site === 'all-sites' && day === QA_ROW.day) {
          ({ devices, offset, underestimate } = QA_ROW);
        }
        rows.push([DOMAIN, project, site, 'daily', day, LOADER_TID, devices, offset, underestimate]);
      }
      for (let m = new Date(first); m <= last; m.setUTCMonth(m.getUTCMonth() + 1)) {
        const month = ymd(m);
        rows.push([DOMAIN, project, site, 'monthly', month, LOADER_TID, ...figures(base * share * 11.5, [project, site, month])]);
      }
    }
  }
  // The monitoring example of spec Appendix C: en.wikipedia all-sites daily 19700101 is all zeros.
  rows.push([DOMAIN, 'en.wikipedia', 'all-sites', 'daily', '19700101', LOADER_TID, 0, 0, 0]);
  return rows;
}
