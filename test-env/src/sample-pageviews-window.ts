// Which days the pageviews sample covers: the 24 months up to the last complete month before the
// day it is generated, so a dashboard asking for the last 12 months shows data. Every article has
// daily rows in the last 3 months (the "recent" months); a few dozen have them over the whole
// window (sample-pageviews-titles.ts LONG_RANGE_ARTICLES), which keeps the load under a minute
// (1,600 articles × 730 days would be over a million rows). Hourly project rows: the last 7 days.
import { dateOf, dayNumber, ymd } from './sample-pageviews-model.js';

export interface SampleWindow {
  /** Day numbers (days since 1970-01-01). */
  first: number;
  last: number;
  recentFirst: number;
  hourlyFirst: number;
}

export function sampleWindow(today: Date): SampleWindow {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + 1;
  const last = dayNumber(year, month, 1) - 1;
  return { first: dayNumber(year, month - 24, 1), last, recentFirst: dayNumber(year, month - 3, 1), hourlyFirst: last - 6 };
}

/** The window as the marker row stores it: YYYYMMDD strings. */
export const windowText = (w: SampleWindow): Record<keyof SampleWindow, string> => ({
  first: ymd(w.first),
  last: ymd(w.last),
  recentFirst: ymd(w.recentFirst),
  hourlyFirst: ymd(w.hourlyFirst),
});

const fromYmd = (s: string) => dayNumber(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)));

export function parseWindowText(text: string): SampleWindow {
  const t = JSON.parse(text) as Record<keyof SampleWindow, string>;
  return { first: fromYmd(t.first), last: fromYmd(t.last), recentFirst: fromYmd(t.recentFirst), hourlyFirst: fromYmd(t.hourlyFirst) };
}

export interface SampleMonth {
  year: string;
  month: string;
  /** Day numbers of its first and last day. */
  first: number;
  last: number;
}

/** The calendar month of a day. */
export function monthOf(day: number): SampleMonth {
  const d = dateOf(day);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  return { year: String(y), month: String(m).padStart(2, '0'), first: dayNumber(y, m, 1), last: dayNumber(y, m + 1, 1) - 1 };
}

/** The months from the one holding `from` to the one holding `to`. */
export function monthsBetween(from: number, to: number): SampleMonth[] {
  const months: SampleMonth[] = [];
  for (let m = monthOf(from); m.first <= to; m = monthOf(m.last + 1)) months.push(m);
  return months;
}
