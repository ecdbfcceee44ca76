// The files of the mediarequests sample: a few thousand generated upload.wikimedia.org paths across
// the media types, by popularity (index 0 is the most requested), and the 17 punctuation cases of
// AQS 1.0's urls_with_punctuation.tsv (spec §5.4), each as a client names it and as it is stored.

export const MEDIA_TYPES = ['image', 'audio', 'video', 'document', 'other'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

const EXTENSIONS: Record<MediaType, readonly string[]> = {
  image: ['jpg', 'png', 'svg', 'JPG', 'gif', 'tif', 'webp'],
  audio: ['ogg', 'mp3', 'wav', 'flac', 'oga'],
  video: ['webm', 'ogv', 'mpg'],
  document: ['pdf', 'djvu'],
  other: ['stl', 'tab'],
};
const WORDS = ['Commons', 'logo', 'Map', 'of', 'Paris', 'Tokyo', 'river', 'Bridge', 'cathedral', 'Portrait', 'Flag', 'station', 'Sunset', 'over', 'the', 'Alps', 'Old', 'town', 'Museum', 'night', 'Lake', 'Harbour', 'Train', 'Aerial', 'view', 'Castle', 'Forest', 'Market', 'Street', 'Festival'];
const HEX = '0123456789abcdef';

/** Media type shares of the generated files (images dominate, as on Commons). */
const TYPE_OF = (i: number): MediaType => (['image', 'image', 'image', 'image', 'image', 'image', 'image', 'audio', 'video', 'document', 'image', 'other'] as const)[i % 12]!;

export interface SampleFile {
  /** The path as stored (and as a client sends it, percent-encoded once more by encodeURIComponent). */
  stored: string;
  /** The decoded path a client means; the same as `stored` for the generated files. */
  actual: string;
  type: MediaType;
}

/** The 17 rows of urls_with_punctuation.tsv: [actual (decoded) path, stored `file_path`] (spec §5.4). */
export const PUNCTUATION_CASES: readonly (readonly [string, string])[] = [
  ['/wikibooks/en/b/b7/FAPL_Logo(Old).jpg', '/wikibooks/en/b/b7/FAPL_Logo(Old).jpg'],
  ['/wikipedia/commons/0/04/Ruby_da_Cherry_and_$lick_Sloth.jpg', '/wikipedia/commons/0/04/Ruby_da_Cherry_and_$lick_Sloth.jpg'],
  ['/wikipedia/commons/0/03/Siemens_I=40A_ΔI=30mA_RCD.JPG', '/wikipedia/commons/0/03/Siemens_I=40A_%CE%94I=30mA_RCD.JPG'],
  [
    "/wikipedia/commons/0/0d/Vincent_van_Gogh_-_The_old_church_tower_at_Nuenen_(`The_peasants'_churchyard')_-_Google_Art_Project.jpg",
    "/wikipedia/commons/0/0d/Vincent_van_Gogh_-_The_old_church_tower_at_Nuenen_(`The_peasants'_churchyard')_-_Google_Art_Project.jpg",
  ],
  ['/wikibooks/de/8/8e/Brutto-Grundfläche_als_Bezugsgröße.jpg', '/wikibooks/de/8/8e/Brutto-Grundfl%C3%A4che_als_Bezugsgr%C3%B6%C3%9Fe.jpg'],
  [
    '/wikipedia/commons/0/00/Matrícula_automovilística_Chile_2013_PR*065_provisoria.jpg',
    '/wikipedia/commons/0/00/Matr%C3%ADcula_automovil%C3%ADstica_Chile_2013_PR*065_provisoria.jpg',
  ],
  ['/math/0/0/6/006164b74314e2fdcdc34ac9d0aa6fe4.png', '/math/0/0/6/006164b74314e2fdcdc34ac9d0aa6fe4.png'],
  ['/wikibooks/en/archive/1/19/20040321080304!Electronics_TTLNOTPRAC02.PNG', '/wikibooks/en/archive/1/19/20040321080304!Electronics_TTLNOTPRAC02.PNG'],
  ['/wikipedia/bar/9/93/Astérix_&_Obélix_Bruxelles_rue_de_la_Buanderie.jpg', '/wikipedia/bar/9/93/Ast%C3%A9rix_&_Ob%C3%A9lix_Bruxelles_rue_de_la_Buanderie.jpg'],
  ['/wikipedia/commons/0/00/Glycerol+Cu(OH)2.png', '/wikipedia/commons/0/00/Glycerol+Cu(OH)2.png'],
  [
    '/wikipedia/commons/0/09/Boksida,_karta_ur_Wr.110:5_(Turc._Imper._Asia_Geographie_(I.34.17)_-_Skoklosters_slott_-_82210.tif',
    '/wikipedia/commons/0/09/Boksida%2C_karta_ur_Wr.110:5_(Turc._Imper._Asia_Geographie_(I.34.17)_-_Skoklosters_slott_-_82210.tif',
  ],
  ['/wikipedia/az/5/57/Enes_Batur-_Xəyal_mı_Gerçək_mi?.jpg', '/wikipedia/az/5/57/Enes_Batur-_X%C9%99yal_m%C4%B1_Ger%C3%A7%C9%99k_mi?.jpg'],
  [
    '/wikipedia/commons/0/00/Bundesarchiv_Bild_146-1981-071-07A,_Russland,_Panzer_VI_"Tiger_I".jpg',
    '/wikipedia/commons/0/00/Bundesarchiv_Bild_146-1981-071-07A%2C_Russland%2C_Panzer_VI_"Tiger_I".jpg',
  ],
  ["/wikipedia/an/c/c9/Anvista_de_Molina_d'Aragón.jpg", "/wikipedia/an/c/c9/Anvista_de_Molina_d'Arag%C3%B3n.jpg"],
  [
    '/wikipedia/commons/0/00/Bucuresti,_Romania,_Str._Alexandru_Constantinescu_nr._42;_B-II-m-B-18477_(2).JPG',
    '/wikipedia/commons/0/00/Bucuresti%2C_Romania%2C_Str._Alexandru_Constantinescu_nr._42;_B-II-m-B-18477_(2).JPG',
  ],
  ['/wikipedia/commons/0/00/Brecker_@_jazz_for_kerry.jpg', '/wikipedia/commons/0/00/Brecker_@_jazz_for_kerry.jpg'],
  ['/wikipedia/commons/0/02/B^M_Grocery_of_Quinwood,_West_Virginia_-_panoramio.jpg', '/wikipedia/commons/0/02/B^M_Grocery_of_Quinwood%2C_West_Virginia_-_panoramio.jpg'],
];

/** How many generated files the sample has (the punctuation cases come after them). */
export const GENERATED_FILES = 2400;

function generated(i: number): SampleFile {
  const type = TYPE_OF(i);
  const words = [WORDS[i % 30]!, WORDS[Math.floor(i / 30) % 30]!, WORDS[(i * 7 + 3) % 30]!];
  const ext = EXTENSIONS[type][i % EXTENSIONS[type].length]!;
  const a = HEX[(i * 5) % 16]!;
  const b = HEX[(i * 11 + 1) % 16]!;
  const path = `/wikipedia/commons/${a}/${a}${b}/${words.join('_')}_${i}.${ext}`;
  return { stored: path, actual: path, type };
}

/** Every file of the sample, most requested first; the punctuation cases last (all images, or a PNG). */
export const SAMPLE_FILES: readonly SampleFile[] = [
  ...Array.from({ length: GENERATED_FILES }, (_, i) => generated(i)),
  ...PUNCTUATION_CASES.map(([actual, stored]) => ({ actual, stored, type: 'image' as const })),
];

/** Files with daily rows over the whole window (the others: its recent months only). */
export const LONG_RANGE_FILES = 24;
