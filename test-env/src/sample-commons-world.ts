// The Commons Impact Metrics sample (commons-impact-analytics, aqs2-notes §1): a small world of
// allow-listed categories, the files in them, the wiki pages that embed those files and the people
// who edit them. sample-commons.ts derives the 14 tables from it as the refinery loaders would
// (§1.3), and the tests derive their expectations from the same rows.
//
// Names are chosen to be awkward on the way through a URL and the gateway: non-Latin scripts, an en
// dash, parentheses, `?` and `%` (percent-encoded by clients), an actor name with a space, and the
// pipeline's special user names `:anonymous:` and `:redacted:`.
import { unit } from './sample-pageviews-model.js';

export interface SampleCategory {
  name: string;
  parent?: string;
  /** On the allow-list: the tree under it is counted as `deep` (§1.2: deep data only for primaries). */
  primary: boolean;
}

export const COMMONS_CATEGORIES: readonly SampleCategory[] = [
  { name: 'Images_from_Memòria_Digital_de_Catalunya', primary: true },
  { name: 'Maps_of_Catalonia', parent: 'Images_from_Memòria_Digital_de_Catalunya', primary: false },
  { name: 'Maps_of_Barcelona_(1900–1950)', parent: 'Maps_of_Catalonia', primary: false },
  { name: 'Photographs_by_Josep_Brangulí', parent: 'Images_from_Memòria_Digital_de_Catalunya', primary: false },
  { name: 'Tokyo_Metropolitan_Library', primary: true },
  { name: '東京の写真', parent: 'Tokyo_Metropolitan_Library', primary: false },
  { name: 'What_is_this?_(unidentified_objects)', primary: true },
];

export interface SampleFile {
  name: string;
  /** The category it is directly in (shallow). */
  category: string;
  uploader: string;
  /** Months after the window's first month in which it was uploaded (no row before). */
  uploadedAfter: number;
  /** The pages that embed it: [wiki, page title]. */
  usages: readonly (readonly [string, string])[];
}

export const COMMONS_FILES: readonly SampleFile[] = [
  {
    name: 'Mapa_de_Catalunya_1908.jpg',
    category: 'Maps_of_Catalonia',
    uploader: 'MDC-uploader',
    uploadedAfter: 0,
    usages: [['ca.wikipedia', 'Catalunya'], ['en.wikipedia', 'Catalonia'], ['es.wikipedia', 'Cataluña']],
  },
  {
    name: 'Mapa_de_Catalunya_1936.png',
    category: 'Maps_of_Catalonia',
    uploader: 'MDC-uploader',
    uploadedAfter: 0,
    usages: [['ca.wikipedia', 'Catalunya'], ['ca.wikipedia', 'Guerra_Civil_espanyola']],
  },
  { name: 'Unused_scan_0001.jpg', category: 'Maps_of_Catalonia', uploader: ':anonymous:', uploadedAfter: 2, usages: [] },
  {
    name: 'Plànol_de_Barcelona_1910.jpg',
    category: 'Maps_of_Barcelona_(1900–1950)',
    uploader: 'MDC-uploader',
    uploadedAfter: 0,
    usages: [['ca.wikipedia', 'Barcelona'], ['en.wikipedia', 'Barcelona'], ['de.wikipedia', 'Barcelona']],
  },
  {
    name: 'Barcelona_1932_eixample.tif',
    category: 'Maps_of_Barcelona_(1900–1950)',
    uploader: 'Montserrat Vidal',
    uploadedAfter: 5,
    usages: [['ca.wikipedia', 'Eixample'], ['en.wikipedia', 'Eixample']],
  },
  {
    name: 'Brangulí_-_Obrers_al_port.jpg',
    category: 'Photographs_by_Josep_Brangulí',
    uploader: 'MDC-uploader',
    uploadedAfter: 0,
    usages: [['ca.wikipedia', 'Josep_Brangulí_i_Soler'], ['ca.wikipedia', 'Port_de_Barcelona'], ['en.wikipedia', 'Port_of_Barcelona']],
  },
  {
    name: 'Brangulí_-_Tramvia_1925.jpg',
    category: 'Photographs_by_Josep_Brangulí',
    uploader: 'Montserrat Vidal',
    uploadedAfter: 1,
    usages: [['ca.wikipedia', 'Tramvia_de_Barcelona']],
  },
  {
    name: 'MDC_cover_page.pdf',
    category: 'Images_from_Memòria_Digital_de_Catalunya',
    uploader: 'MDC-uploader',
    uploadedAfter: 0,
    usages: [['ca.wikipedia', 'Memòria_Digital_de_Catalunya']],
  },
  {
    name: 'Shibuya_crossing_1964.jpg',
    category: '東京の写真',
    uploader: 'Kenji Sato',
    uploadedAfter: 0,
    usages: [['ja.wikipedia', '渋谷駅'], ['en.wikipedia', 'Shibuya_Crossing'], ['de.wikipedia', 'Shibuya']],
  },
  {
    name: '東京タワー_1958.jpg',
    category: '東京の写真',
    uploader: 'Kenji Sato',
    uploadedAfter: 3,
    usages: [['ja.wikipedia', '東京タワー'], ['en.wikipedia', 'Tokyo_Tower'], ['fr.wiktionary', 'tour']],
  },
  {
    name: 'Tokyo_Library_reading_room.jpg',
    category: 'Tokyo_Metropolitan_Library',
    uploader: 'Kenji Sato',
    uploadedAfter: 0,
    usages: [['ja.wikipedia', '東京都立中央図書館']],
  },
  {
    name: 'Object_12_–_what_is_it?.jpg',
    category: 'What_is_this?_(unidentified_objects)',
    uploader: 'Ana',
    uploadedAfter: 0,
    usages: [['fr.wiktionary', 'objet'], ['en.wikipedia', 'Found_object']],
  },
  {
    name: '100%_cotton_label.png',
    category: 'What_is_this?_(unidentified_objects)',
    uploader: ':redacted:',
    uploadedAfter: 4,
    usages: [['en.wikipedia', 'Cotton'], ['es.wikipedia', 'Algodón']],
  },
];

/** People who edit the files after upload (file description pages, categories, structured data). */
export const COMMONS_EDITORS = ['MDC-uploader', 'Montserrat Vidal', 'Kenji Sato', 'Ana', ':anonymous:', ':redacted:'] as const;

export const ALL_WIKIS = 'all-wikis';
export const ALL_CATEGORIES = 'all-categories';
export const ALL_EDIT_TYPES = 'all-edit-types';
export const ALL_USER_NAMES = ':all-user-names:';
export const CATEGORY_SCOPES = ['shallow', 'deep'] as const;
export type CategoryScope = (typeof CATEGORY_SCOPES)[number];
export const EDIT_TYPES = ['create', 'update'] as const;

/** Every wiki a page of the sample is on. */
export const COMMONS_WIKIS = [...new Set(COMMONS_FILES.flatMap((f) => f.usages.map(([wiki]) => wiki)))].sort();

const STREAM = { views: 41, gap: 42, edits: 43 } as const;
const fileIndex = (name: string) => COMMONS_FILES.findIndex((f) => f.name === name);
const pageIndex = (file: SampleFile, wiki: string, page: string) => file.usages.findIndex(([w, p]) => w === wiki && p === page);

/**
 * User pageviews of a page, counted for one file it embeds, in a month (month = year × 12 + month
 * index). Coarse (multiples of 100, eight values), so that top lists have ties; now and then none
 * at all (a row the loader leaves out, §1.3 "rows with zero views are omitted").
 */
export function pageViews(file: SampleFile, wiki: string, page: string, month: number): number {
  const f = fileIndex(file.name);
  const p = pageIndex(file, wiki, page);
  if (unit(STREAM.gap, f, p, month) < 0.06) return 0;
  return 100 * (1 + Math.floor(8 * unit(STREAM.views, f, p, month)));
}

/** Update edits of one editor on one file in a month (0-2; the upload itself is the one create). */
export function updateEdits(file: SampleFile, editor: string, month: number): number {
  const e = COMMONS_EDITORS.indexOf(editor as (typeof COMMONS_EDITORS)[number]);
  const r = unit(STREAM.edits, fileIndex(file.name), e, month);
  return r < 0.7 ? 0 : r < 0.9 ? 1 : 2;
}

/** The category and its ancestors. */
export function ancestorsOf(category: string): string[] {
  const chain: string[] = [];
  for (let c = COMMONS_CATEGORIES.find((x) => x.name === category); c; c = COMMONS_CATEGORIES.find((x) => x.name === c!.parent)) chain.push(c.name);
  return chain;
}

/** The primary category a category belongs to (itself when it is one). */
export const primaryOf = (category: string): string => ancestorsOf(category).at(-1)!;

/** Whether a file counts for a category in a scope: directly in it (shallow), or in its tree (deep, primaries only). */
export function fileIn(file: SampleFile, category: string, scope: CategoryScope): boolean {
  if (scope === 'shallow') return file.category === category;
  return primaryOf(file.category) === category;
}

/** The categories that have rows in a scope: every category shallow, the primaries deep. */
export const categoriesIn = (scope: CategoryScope): string[] =>
  COMMONS_CATEGORIES.filter((c) => scope === 'shallow' || c.primary).map((c) => c.name);
