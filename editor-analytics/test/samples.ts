// A path per route that answers 200 on the sample data (test-env's mediawiki_history_reduced), by operation id.
export const SAMPLES = {
  getNewRegisteredUsers: '/metrics/registered-users/new/en.wikipedia/monthly/20230101/20230401',
  getEditorsAggregate: '/metrics/editors/aggregate/en.wikipedia/all-editor-types/all-page-types/100..-edits/monthly/20240101/20250101',
  getEditorsTopByEdits: '/metrics/editors/top-by-edits/en.wikipedia/all-editor-types/all-page-types/2024/01/all-days',
  getEditorsTopByNetBytesDifference: '/metrics/editors/top-by-net-bytes-difference/all-projects/anonymous/all-page-types/2024/02/all-days',
  getEditorsTopByAbsoluteBytesDifference: '/metrics/editors/top-by-absolute-bytes-difference/fr.wiktionary/name-bot/content/2024/03/10',
};
