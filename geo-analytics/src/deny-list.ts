// Countries whose editor counts are never published (spec §2.11, AQS 1.0
// sys/geoeditors-country-deny-list.js): the service drops them from every answer, whatever the
// store holds, so a loader that forgot one cannot expose it.
export const DENIED_COUNTRIES: ReadonlySet<string> = new Set([
  'AE', 'AF', 'AZ', 'BI', 'BH', 'BY', 'CN', 'CU', 'DJ', 'EG', 'GQ', 'ER', 'ET', 'IR', 'IQ', 'KZ', 'LA', 'LY',
  'MM', 'KP', 'PK', 'RU', 'RW', 'SA', 'SG', 'SO', 'SD', 'SY', 'TJ', 'TH', 'TR', 'TM', 'UZ', 'VE', 'VN', 'YE',
]);

/** The elements whose country may be published, in their stored order (no sorting, spec §6.8). */
export const publishable = <T extends { country: string }>(countries: readonly T[]): T[] =>
  countries.filter((c) => !DENIED_COUNTRIES.has(c.country));
