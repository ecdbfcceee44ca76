// Dates relative to today (UTC), so cases hold on any target whose data reaches the last complete
// month, whatever day the suite runs. QA_TODAY=YYYY-MM-DD pins "today" (to replay a run).

export interface Month {
  year: string;
  month: string;
  /** YYYYMMDD of its first and last day. */
  first: string;
  last: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const ymd = (d: Date) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;

export function today(): Date {
  const pinned = process.env.QA_TODAY;
  const d = pinned ? new Date(`${pinned}T00:00:00Z`) : new Date();
  if (Number.isNaN(d.getTime())) throw new Error(`QA_TODAY is not a YYYY-MM-DD date: ${pinned}`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** The month `back` months before the current one: 1 = the last complete month. */
export function monthsAgo(back: number): Month {
  const t = today();
  const first = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - back, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  return { year: String(first.getUTCFullYear()), month: pad(first.getUTCMonth() + 1), first: ymd(first), last: ymd(last) };
}

export const lastCompleteMonth = (): Month => monthsAgo(1);

/** YYYYMMDD `days` days after a YYYYMMDD date (negative: before). */
export function addDays(date: string, days: number): string {
  const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8)) + days));
  return ymd(d);
}

/** The first day of the current month, YYYYMMDD (an exclusive end covering the last complete month). */
export const thisMonthFirst = (): string => monthsAgo(0).first;
