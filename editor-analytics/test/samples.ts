// A path per route that answers 200 on the sample data (test-env's mediawiki_history_reduced), by
// operation id, in the window of the snapshot make env-up loaded (mostly its last months).
import { loadedSnapshot, ymd } from '@aqs/test-env/mediawiki-history';

const { window: w, months } = await loadedSnapshot();
const ago = (k: number) => months.at(-k)!; // 1: the last complete month
const [m1, m2, m3] = [ago(1), ago(2), ago(3)];

export const SAMPLES = {
  getNewRegisteredUsers: `/metrics/registered-users/new/en.wikipedia/monthly/${ymd(m3.first)}/${ymd(w.last + 1)}`,
  getEditorsAggregate: `/metrics/editors/aggregate/en.wikipedia/all-editor-types/all-page-types/100..-edits/monthly/${ymd(ago(12).first)}/${ymd(w.last + 1)}`,
  getEditorsTopByEdits: `/metrics/editors/top-by-edits/en.wikipedia/all-editor-types/all-page-types/${m1.year}/${m1.month}/all-days`,
  getEditorsTopByNetBytesDifference: `/metrics/editors/top-by-net-bytes-difference/all-projects/anonymous/all-page-types/${m2.year}/${m2.month}/all-days`,
  getEditorsTopByAbsoluteBytesDifference: `/metrics/editors/top-by-absolute-bytes-difference/fr.wiktionary/name-bot/content/${m3.year}/${m3.month}/10`,
};
