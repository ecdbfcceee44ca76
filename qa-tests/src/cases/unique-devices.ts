// unique-devices (device-analytics): spec aqs-endpoints.md §2.7 and §5.3.
import { get, hasItems, jsonCheck, type Case } from '../case.js';
import { lastCompleteMonth, monthsAgo } from '../dates.js';
import type { TargetData } from '../local-data.js';
import { aqsCommon, END_INVALID, enumDetail, NO_DATA, START_AFTER_END } from './common.js';

export function uniqueDevicesCases(d: TargetData): Case[] {
  const s = 'device-analytics';
  const t = 'unique-devices';
  const m = lastCompleteMonth();
  const base = `/metrics/unique-devices/${d.project}/all-sites`;
  const days = Number(m.last.slice(6));
  return [
    get(t, s, 'daily over the last complete month: both ends included, one item a day', `${base}/daily/${m.first}/${m.last}`, 200, {
      check: jsonCheck((b) => [
        b.items.length !== days && `expected ${days} items, got ${b.items.length}`,
        b.items[0]?.timestamp !== m.first && `first item ${b.items[0]?.timestamp}, expected ${m.first}`,
        b.items.at(-1)?.timestamp !== m.last && `last item ${b.items.at(-1)?.timestamp}, expected ${m.last}`,
        b.items.some((i: { project: string }) => i.project !== d.project) && 'project not echoed',
      ]),
    }),
    get(t, s, 'monthly over the last twelve months of a project family', `/metrics/unique-devices/all-wikipedia-projects/mobile-site/monthly/${monthsAgo(12).first}/${m.last}`, 200, {
      check: jsonCheck((b) => [!b.items.length && 'no items', b.items.some((i: { timestamp: string }) => !/^\d{6}01$/.test(i.timestamp)) && 'monthly timestamps are YYYYMM01']),
    }),
    get(t, s, 'the project is normalised (EN.WIKIPEDIA.ORG)', `/metrics/unique-devices/${d.project.toUpperCase()}.ORG/desktop-site/daily/${m.first}/${m.first}`, 200, {
      check: jsonCheck((b) => [b.items[0]?.project !== d.project && `project ${b.items[0]?.project}, expected ${d.project}`]),
    }),
    get(t, s, 'YYYYMMDDHH dates: the hour is stripped', `${base}/daily/${m.first}00/${m.first}23`, 200, { check: hasItems }),
    get(t, s, 'end longer than a date is a 400', `${base}/daily/19690101/20150701000000`, 400, { detail: END_INVALID }),
    get(t, s, 'start after end is a 400', `${base}/daily/20160701/20150701`, 400, { detail: START_AFTER_END }),
    get(t, s, '2015-02-29 is a 400', `${base}/daily/20150201/20150229`, 400, { detail: END_INVALID }),
    get(t, s, 'an unknown access-site is a 400', `/metrics/unique-devices/${d.project}/all-site/daily/${m.first}/${m.last}`, 400, { detail: enumDetail('access-site') }),
    get(t, s, 'hourly granularity is a 400', `${base}/hourly/${m.first}00/${m.first}23`, 400, { detail: enumDetail('granularity') }),
    get(t, s, 'a project with characters outside [a-z0-9_.-] is a 400', `/metrics/unique-devices/w'eird/all-sites/daily/${m.first}/${m.last}`, 400, { detail: /project/ }),
    get(t, s, 'a project without data is the no-data 404', `/metrics/unique-devices/qa-no-such.wikipedia/all-sites/daily/${m.first}/${m.last}`, 404, { detail: NO_DATA }),
    ...aqsCommon(t, s, `${base}/daily/${m.first}/${m.last}`, `${base}/daily/${m.first}`),
  ];
}
