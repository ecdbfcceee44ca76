// What the pageviews sample is about: projects, article titles (by popularity, most viewed first)
// and countries. Titles include the hard ones of spec §5.1 and §1.2: `/`, `?`, `%`, `+`, `#`,
// quotes, emoji and non-Latin scripts.

/** Projects with per-article rows and top lists (all-projects is their union). */
export const ARTICLE_PROJECTS = ['en.wikipedia', 'de.wikipedia', 'fr.wikipedia', 'ja.wikipedia'] as const;
/** Projects with aggregate series and legacy pagecounts (all-projects is their sum). */
export const SERIES_PROJECTS = [...ARTICLE_PROJECTS, 'commons.wikimedia', 'en.wiktionary'] as const;
export const ALL_PROJECTS = 'all-projects';

/** Titles that must survive the trip through a URL (spec §5.1 #6, §1.2), all in the long-range set. */
export const HARD_TITLES = [
  'AC/DC',
  'Are_You_the_One?',
  '100%_Pure_Love',
  '"Weird_Al"_Yankovic',
  "Guns_N'_Roses",
  'C++',
  'C#_(programming_language)',
  'Face/Off',
  '😂',
  'Москва',
  '東京',
  'Ελλάδα',
] as const;

/** Articles with views only in some months (0-based months), so monthly answers skip the others. */
export const SEASONAL_TITLES: Readonly<Record<string, readonly number[]>> = {
  Christmas: [10, 11],
  Super_Bowl: [0, 1],
  Eurovision_Song_Contest: [4],
};

const EN_TOPICS = [
  'History_of', 'Geography_of', 'Economy_of', 'Culture_of', 'Politics_of', 'Demographics_of', 'Music_of', 'Flag_of',
  'Outline_of', 'Cuisine_of', 'Languages_of', 'Religion_in', 'Sport_in', 'Tourism_in', 'Education_in', 'Transport_in',
  'Climate_of', 'Wildlife_of', 'Military_of', 'Law_of', 'Architecture_of', 'Art_of', 'Literature_of', 'Television_in',
  'Cinema_of', 'Healthcare_in', 'Energy_in', 'Agriculture_in', 'Football_in', 'Names_of',
];
const EN_PLACES = [
  'France', 'Germany', 'Japan', 'Brazil', 'India', 'Canada', 'Mexico', 'Italy', 'Spain', 'Egypt', 'Kenya', 'Peru',
  'Chile', 'Norway', 'Sweden', 'Poland', 'Greece', 'Turkey', 'Iran', 'China', 'Vietnam', 'Thailand', 'Indonesia',
  'Australia', 'New_Zealand', 'Nigeria', 'Ghana', 'Morocco', 'Argentina', 'Colombia', 'Cuba', 'Ireland', 'Portugal',
  'Austria', 'Hungary', 'Finland', 'Iceland', 'Nepal', 'Mongolia', 'Fiji',
];
const DE_TOPICS = ['Geschichte', 'Geographie', 'Wirtschaft', 'Politik', 'Kultur', 'Küche', 'Musik', 'Flagge', 'Sprachen', 'Religion'];
const DE_PLACES = [
  'Deutschlands', 'Österreichs', 'der_Schweiz', 'Frankreichs', 'Italiens', 'Spaniens', 'Polens', 'Japans', 'Chinas', 'Indiens',
  'Brasiliens', 'Kanadas', 'Mexikos', 'Ägyptens', 'Kenias', 'Perus', 'Chiles', 'Norwegens', 'Schwedens', 'Griechenlands',
];
const FR_TOPICS = ['Histoire', 'Géographie', 'Économie', 'Politique', 'Culture', 'Cuisine', 'Musique', 'Drapeau', 'Langues', 'Religion'];
const FR_PLACES = [
  'de_la_France', "de_l'Allemagne", 'du_Japon', 'du_Brésil', "de_l'Inde", 'du_Canada', 'du_Mexique', "de_l'Italie",
  "de_l'Espagne", "de_l'Égypte", 'du_Kenya', 'du_Pérou', 'du_Chili', 'de_la_Norvège', 'de_la_Suède', 'de_la_Pologne',
  'de_la_Grèce', 'de_la_Turquie', "de_l'Iran", 'de_la_Chine',
];
const JA_TOPICS = ['歴史', '地理', '経済', '政治', '文化', '料理', '音楽', '国旗', '言語', '宗教'];
const JA_PLACES = [
  'フランス', 'ドイツ', '日本', 'ブラジル', 'インド', 'カナダ', 'メキシコ', 'イタリア', 'スペイン', 'エジプト',
  'ケニア', 'ペルー', 'チリ', 'ノルウェー', 'スウェーデン', 'ポーランド', 'ギリシャ', 'トルコ', 'イラン', '中国',
];

const combine = (topics: readonly string[], places: readonly string[], join: (t: string, p: string) => string) =>
  places.flatMap((p) => topics.map((t) => join(t, p)));

/** Titles of each project, most viewed first (index = popularity rank - 1). */
export const TITLES: Readonly<Record<(typeof ARTICLE_PROJECTS)[number], readonly string[]>> = {
  'en.wikipedia': [
    'Main_Page',
    'Special:Search',
    ...HARD_TITLES,
    ...Object.keys(SEASONAL_TITLES),
    ...combine(EN_TOPICS, EN_PLACES, (t, p) => `${t}_${p}`),
  ].slice(0, 1200),
  'de.wikipedia': ['Wikipedia:Hauptseite', ...combine(DE_TOPICS, DE_PLACES, (t, p) => `${t}_${p}`)].slice(0, 200),
  'fr.wikipedia': ['Wikipédia:Accueil_principal', ...combine(FR_TOPICS, FR_PLACES, (t, p) => `${t}_${p}`)].slice(0, 200),
  'ja.wikipedia': ['メインページ', ...combine(JA_TOPICS, JA_PLACES, (t, p) => `${p}の${t}`)].slice(0, 200),
};

/** Articles (by popularity index) with daily rows over the whole window; the others only in the recent months. */
export const LONG_RANGE_ARTICLES: Readonly<Record<(typeof ARTICLE_PROJECTS)[number], number>> = {
  'en.wikipedia': 40,
  'de.wikipedia': 8,
  'fr.wikipedia': 8,
  'ja.wikipedia': 8,
};

/** Countries with a weight per project (share of its views), for the by-country and per-country tops. */
export const COUNTRIES: Readonly<Record<string, readonly [en: number, de: number, fr: number, ja: number, other: number]>> = {
  US: [0.34, 0.02, 0.03, 0.02, 0.2],
  GB: [0.1, 0.01, 0.01, 0.005, 0.06],
  IN: [0.09, 0.003, 0.003, 0.003, 0.05],
  CA: [0.05, 0.005, 0.06, 0.004, 0.03],
  AU: [0.03, 0.002, 0.002, 0.002, 0.02],
  DE: [0.03, 0.72, 0.02, 0.01, 0.08],
  AT: [0.004, 0.09, 0.002, 0.001, 0.01],
  CH: [0.004, 0.08, 0.04, 0.002, 0.01],
  FR: [0.02, 0.01, 0.62, 0.008, 0.06],
  BE: [0.005, 0.005, 0.08, 0.001, 0.01],
  JP: [0.01, 0.003, 0.003, 0.88, 0.05],
  BR: [0.02, 0.002, 0.004, 0.002, 0.03],
  PH: [0.03, 0.001, 0.001, 0.002, 0.01],
  NG: [0.012, 0.001, 0.002, 0.001, 0.006],
  MX: [0.012, 0.001, 0.002, 0.001, 0.01],
  ES: [0.01, 0.003, 0.01, 0.002, 0.02],
  IT: [0.01, 0.01, 0.01, 0.002, 0.02],
  NL: [0.012, 0.01, 0.004, 0.002, 0.02],
  SE: [0.008, 0.004, 0.002, 0.001, 0.01],
  PL: [0.008, 0.006, 0.002, 0.001, 0.01],
  KR: [0.006, 0.001, 0.001, 0.01, 0.008],
  SN: [0.0001, 0.0001, 0.008, 0.0001, 0.0005],
  IS: [0.0004, 0.0003, 0.0001, 0.0001, 0.0003],
};

/** The countries whose daily top articles the sample holds (top-per-country). */
export const PER_COUNTRY = ['US', 'GB', 'IN', 'DE', 'FR', 'JP', 'CA', 'BR', 'AT', 'CH'] as const;
