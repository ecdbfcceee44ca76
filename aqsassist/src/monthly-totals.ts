// Monthly figures computed from daily rows (spec §6.7): the per-article and per-file tables hold
// daily rows only (`YYYYMMDD00`), and a monthly answer sums the days of each month, stamped with its
// first day (`YYYYMM0100`). Months without rows are left out, never zero-filled.

export interface DailyFigure {
  /** `YYYYMMDD00` */
  timestamp: string;
  value: number;
}

/** Sums days into months, in the order the days come (the store's: timestamp ascending). */
export function monthlyTotals(days: Iterable<DailyFigure>): DailyFigure[] {
  const totals = new Map<string, number>();
  for (const { timestamp, value } of days) {
    const month = timestamp.slice(0, 6) + '0100';
    totals.set(month, (totals.get(month) ?? 0) + value);
  }
  return Array.from(totals, ([timestamp, value]) => ({ timestamp, value }));
}
