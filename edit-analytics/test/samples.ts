// A path per route that answers 200 on the sample data (test-env's mediawiki_history_reduced), by
// operation id, in the window of the snapshot make env-up loaded (mostly its last months).
import { loadedSnapshot, ymd } from '@aqs/test-env/mediawiki-history';

const { window: w, months } = await loadedSnapshot();
const ago = (k: number) => months.at(-k)!; // 1: the last complete month
const [m1, m2, m3] = [ago(1), ago(2), ago(3)];
const after = w.last + 1;

export const SAMPLES = {
  getEditsAggregate: `/metrics/edits/aggregate/en.wikipedia/all-editor-types/all-page-types/monthly/${ymd(ago(3).first)}/${ymd(after)}`,
  getEditsPerPage: `/metrics/edits/per-page/de.wikipedia/Berlin/all-editor-types/daily/${ymd(m1.first)}/${ymd(m1.first + 10)}`,
  getEditsPerEditor: `/metrics/edits/per-editor/en.wikipedia/en_Editor_1/all-page-types/monthly/${ymd(ago(6).first)}/${ymd(after)}`,
  getNetBytesDifferenceAggregate: `/metrics/bytes-difference/net/aggregate/fr.wiktionary/all-editor-types/non-content/monthly/${ymd(ago(12).first)}/${ymd(w.last)}`,
  getNetBytesDifferencePerPage: `/metrics/bytes-difference/net/per-page/en.wikipedia/Main_Page/all-editor-types/daily/${ymd(m1.first)}/${ymd(m1.first + 4)}`,
  getNetBytesDifferencePerEditor: `/metrics/bytes-difference/net/per-editor/en.wikivoyage/InternetArchiveBot/content/monthly/${ymd(m3.first)}/${ymd(m1.first)}`,
  getAbsoluteBytesDifferenceAggregate: `/metrics/bytes-difference/absolute/aggregate/all-projects/group-bot/all-page-types/monthly/${ymd(ago(4).first + 14)}/${ymd(m1.first)}`,
  getAbsoluteBytesDifferencePerPage: `/metrics/bytes-difference/absolute/per-page/en.wikipedia/Talk:Berlin/user/monthly/${ymd(m3.first)}/${ymd(m1.first)}`,
  getAbsoluteBytesDifferencePerEditor: `/metrics/bytes-difference/absolute/per-editor/de.wikipedia/de_Editor_7/non-content/monthly/${ymd(ago(4).first)}/${ymd(m1.first)}`,
  getNewPages: `/metrics/edited-pages/new/en.wikipedia/all-editor-types/all-page-types/monthly/${ymd(ago(6).first)}/${ymd(after)}`,
  getEditedPagesAggregate: `/metrics/edited-pages/aggregate/en.wikipedia/all-editor-types/content/5..24-edits/monthly/${ymd(ago(4).first)}/${ymd(m1.first)}`,
  getEditedPagesTopByEdits: `/metrics/edited-pages/top-by-edits/en.wikipedia/all-editor-types/all-page-types/${m1.year}/${m1.month}/all-days`,
  getEditedPagesTopByNetBytesDifference: `/metrics/edited-pages/top-by-net-bytes-difference/all-wikipedia-projects/user/content/${m2.year}/${m2.month}/15`,
  getEditedPagesTopByAbsoluteBytesDifference: `/metrics/edited-pages/top-by-absolute-bytes-difference/de.wikipedia/all-editor-types/non-content/${m3.year}/${m3.month}/all-days`,
};
