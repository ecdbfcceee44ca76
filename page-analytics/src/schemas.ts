// The 200 bodies of page-analytics (spec §2.1-§2.6), key order as production sends them.
import { z } from 'zod';
import { ACCESS, ACCESS_SITES, AGENTS, ARTICLE_GRANULARITIES, SERIES_GRANULARITIES } from './params.js';

const int = () => z.number().int();
const items = <T extends z.ZodRawShape>(shape: T) => z.object({ items: z.array(z.object(shape)) });
const access = z.enum(ACCESS).describe('Method of access');
const year = z.string().describe('YYYY');
const month = z.string().describe('MM');

export const perArticleResponse = items({
  project: z.string().describe('Wikimedia project, normalised (`en.wikipedia`)'),
  article: z.string().describe('Title of the article, spaces as underscores'),
  granularity: z.enum(ARTICLE_GRANULARITIES).describe('Time unit of the counts'),
  timestamp: z.string().describe('YYYYMMDD00: the day, or the first day of the month'),
  access,
  agent: z.enum(AGENTS).describe('Type of agent'),
  views: int().describe('Views in the day or month').meta({ example: 21397 }),
});

export const aggregateResponse = items({
  project: z.string().describe('Wikimedia project, normalised, or `all-projects`'),
  access,
  agent: z.enum(AGENTS).describe('Type of agent'),
  granularity: z.enum(SERIES_GRANULARITIES).describe('Time unit of the counts'),
  timestamp: z.string().describe('YYYYMMDDHH: the hour, day (HH 00) or first day of the month'),
  views: int().nullable().describe('Views in the hour, day or month').meta({ example: 249765133 }),
});

// The keys every top list is filed under, after its project or country.
const period = { access, year, month };
const project = z.string().describe('Wikimedia project, normalised, or `all-projects`');

export const topResponse = items({
  project,
  ...period,
  day: z.string().describe('DD, or all-days for the whole month'),
  articles: z.array(z.object({ article: z.string(), views: int(), rank: int() })).describe('At most 1000 articles, by rank (ties share a rank)'),
});

const countryViews = z.object({
  country: z.string().describe('ISO 3166-1 alpha-2 code'),
  views: z.string().describe('Bucket of the views, such as `1000-9999`').meta({ example: '100000-999999' }),
  rank: int(),
  views_ceil: int().optional().describe('Views rounded up to the thousand (absent from lists stored in the older format)'),
});

export const topByCountryResponse = items({ project, ...period, countries: z.array(countryViews).describe('Countries by rank') });

const countryArticle = z.object({ article: z.string(), project: z.string(), views_ceil: int().describe('Views rounded up to the hundred'), rank: int() });

export const topPerCountryResponse = items({
  country: z.string().describe('ISO 3166-1 alpha-2 code, as requested'),
  ...period,
  day: z.string().describe('DD'),
  articles: z.array(countryArticle).describe('At most 1000 articles, in stored order'),
});

export const pagecountsResponse = items({
  project: z.string().describe('Wikimedia project, normalised'),
  'access-site': z.enum(ACCESS_SITES).describe('Site the counts were made on'),
  granularity: z.enum(SERIES_GRANULARITIES).describe('Time unit of the counts'),
  timestamp: z.string().describe('YYYYMMDDHH: the hour, day (HH 00) or first day of the month'),
  count: int().nullable().describe('Page requests counted').meta({ example: 2 }),
});
