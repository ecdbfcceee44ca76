// A path per route that answers 200 on the sample data (test-env's mediawiki_history_reduced), by operation id.
export const SAMPLES = {
  getEditsAggregate: '/metrics/edits/aggregate/en.wikipedia/all-editor-types/all-page-types/monthly/20240101/20240401',
  getEditsPerPage: '/metrics/edits/per-page/de.wikipedia/Berlin/all-editor-types/daily/20240101/20240111',
  getEditsPerEditor: '/metrics/edits/per-editor/en.wikipedia/en_Editor_1/all-page-types/monthly/20240101/20240701',
  getNetBytesDifferenceAggregate: '/metrics/bytes-difference/net/aggregate/fr.wiktionary/all-editor-types/non-content/monthly/20230101/20231231',
  getNetBytesDifferencePerPage: '/metrics/bytes-difference/net/per-page/en.wikipedia/Main_Page/all-editor-types/daily/20240201/20240205',
  getNetBytesDifferencePerEditor: '/metrics/bytes-difference/net/per-editor/en.wikivoyage/InternetArchiveBot/content/monthly/20240101/20240301',
  getAbsoluteBytesDifferenceAggregate: '/metrics/bytes-difference/absolute/aggregate/all-projects/group-bot/all-page-types/monthly/20230615/20230901',
  getAbsoluteBytesDifferencePerPage: '/metrics/bytes-difference/absolute/per-page/en.wikipedia/Talk:Berlin/user/monthly/20240101/20240301',
  getAbsoluteBytesDifferencePerEditor: '/metrics/bytes-difference/absolute/per-editor/de.wikipedia/de_Editor_7/non-content/monthly/20240101/20240401',
  getNewPages: '/metrics/edited-pages/new/en.wikipedia/all-editor-types/all-page-types/monthly/20230101/20230601',
  getEditedPagesAggregate: '/metrics/edited-pages/aggregate/en.wikipedia/all-editor-types/content/5..24-edits/monthly/20240101/20240401',
  getEditedPagesTopByEdits: '/metrics/edited-pages/top-by-edits/en.wikipedia/all-editor-types/all-page-types/2024/01/all-days',
  getEditedPagesTopByNetBytesDifference: '/metrics/edited-pages/top-by-net-bytes-difference/all-wikipedia-projects/user/content/2024/02/15',
  getEditedPagesTopByAbsoluteBytesDifference: '/metrics/edited-pages/top-by-absolute-bytes-difference/de.wikipedia/all-editor-types/non-content/2024/03/all-days',
};
