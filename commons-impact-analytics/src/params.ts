// The path parameters of the 14 routes (aqs2-notes §1.2), documented once. Enums are checked by the
// declaration (the AQS enum 400); titles, the wiki and the dates by the rules in read.ts.
import { aqsParam } from '@aqs/aqsassist';
import { z } from 'zod';

export const CATEGORY_SCOPES = ['shallow', 'deep'] as const;
export const EDIT_TYPES = ['create', 'update', 'all-edit-types'] as const;

export const PARAMS = {
  category: aqsParam.text(
    'Commons category title without the `Category:` prefix, underscores for spaces (a space is read as one), percent-encoded (`What_is_this%3F_(unidentified_objects)`)',
    'Images_from_Memòria_Digital_de_Catalunya',
  ),
  'media-file': aqsParam.text('Commons file title without the `File:` prefix, underscores for spaces (a space is read as one), percent-encoded', 'Mapa_de_Catalunya_1908.jpg'),
  'user-name': aqsParam.text(
    'User name as MediaWiki stores it (spaces stay spaces), or `:anonymous:` (edits without an account), `:redacted:` (hidden user names), `:all-user-names:` (everyone)',
    ':all-user-names:',
  ),
  'category-scope': z
    .enum(CATEGORY_SCOPES)
    .describe('`shallow`: files directly in the category; `deep`: the whole category tree (allow-listed primary categories only)')
    .meta({ example: 'shallow' }),
  'edit-type': z.enum(EDIT_TYPES).describe('`create` (uploads), `update` (later edits of the file page) or `all-edit-types`').meta({ example: 'all-edit-types' }),
  wiki: aqsParam.project('Wiki of the pages, without `.org` (`en.wikipedia`; a trailing `.org` is dropped), or `all-wikis`', 'all-wikis'),
  start: aqsParam.date('First day included, YYYYMMDD (monthly data: the 1st of a month)', '00000101'),
  end: aqsParam.date('Last day included, YYYYMMDD', '99991231'),
  year: aqsParam.year('2026'),
  month: aqsParam.month('09'),
};
