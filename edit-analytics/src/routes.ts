// The 14 routes of edit-analytics (spec §0 rows 13-17 and 23-31), relative to base_uri (/metrics).
// Each line is one route: its literal path, its operation id, and what it counts (queries.ts
// BASE_FILTERS and METRICS); aqsassist's builders turn it into a declaration.
import { BASE_FILTERS, druidSeriesRoute as series, druidTopRoute as top } from '@aqs/aqsassist';

const revisions = () => BASE_FILTERS.revisions;

export const routes = [
  series({ path: '/edits/aggregate/{project}/{editor-type}/{page-type}/{granularity}/{start}/{end}', operationId: 'getEditsAggregate', summary: 'Edits aggregate', tag: 'Edits', metric: 'edits', base: revisions, mode: 'event' }),
  series({ path: '/edits/per-page/{project}/{page-title}/{editor-type}/{granularity}/{start}/{end}', operationId: 'getEditsPerPage', summary: 'Edits per page', tag: 'Edits', metric: 'edits', base: revisions, mode: 'event' }),
  series({ path: '/edits/per-editor/{project}/{user-text}/{page-type}/{granularity}/{start}/{end}', operationId: 'getEditsPerEditor', summary: 'Edits per editor', tag: 'Edits', metric: 'edits', base: revisions, mode: 'event' }),

  series({ path: '/bytes-difference/net/aggregate/{project}/{editor-type}/{page-type}/{granularity}/{start}/{end}', operationId: 'getNetBytesDifferenceAggregate', summary: 'Net bytes difference aggregate', tag: 'Bytes difference', metric: 'net_bytes_diff', base: revisions, mode: 'event' }),
  series({ path: '/bytes-difference/net/per-page/{project}/{page-title}/{editor-type}/{granularity}/{start}/{end}', operationId: 'getNetBytesDifferencePerPage', summary: 'Net bytes difference per page', tag: 'Bytes difference', metric: 'net_bytes_diff', base: revisions, mode: 'event' }),
  series({ path: '/bytes-difference/net/per-editor/{project}/{user-text}/{page-type}/{granularity}/{start}/{end}', operationId: 'getNetBytesDifferencePerEditor', summary: 'Net bytes difference per editor', tag: 'Bytes difference', metric: 'net_bytes_diff', base: revisions, mode: 'event' }),

  series({ path: '/bytes-difference/absolute/aggregate/{project}/{editor-type}/{page-type}/{granularity}/{start}/{end}', operationId: 'getAbsoluteBytesDifferenceAggregate', summary: 'Absolute bytes difference aggregate', tag: 'Bytes difference', metric: 'abs_bytes_diff', base: revisions, mode: 'event' }),
  series({ path: '/bytes-difference/absolute/per-page/{project}/{page-title}/{editor-type}/{granularity}/{start}/{end}', operationId: 'getAbsoluteBytesDifferencePerPage', summary: 'Absolute bytes difference per page', tag: 'Bytes difference', metric: 'abs_bytes_diff', base: revisions, mode: 'event' }),
  series({ path: '/bytes-difference/absolute/per-editor/{project}/{user-text}/{page-type}/{granularity}/{start}/{end}', operationId: 'getAbsoluteBytesDifferencePerEditor', summary: 'Absolute bytes difference per editor', tag: 'Bytes difference', metric: 'abs_bytes_diff', base: revisions, mode: 'event' }),

  series({ path: '/edited-pages/new/{project}/{editor-type}/{page-type}/{granularity}/{start}/{end}', operationId: 'getNewPages', summary: 'Pages created', tag: 'Edited pages', metric: 'new_pages', base: () => BASE_FILTERS.newPages, mode: 'event', onlyMetric: true }),
  // Digest rows: editor and page type always filtered, `all-…` projects refused (spec §3.4).
  series({ path: '/edited-pages/aggregate/{project}/{editor-type}/{page-type}/{activity-level}/{granularity}/{start}/{end}', operationId: 'getEditedPagesAggregate', summary: 'Pages edited, by activity level', tag: 'Edited pages', metric: 'edited_pages', base: BASE_FILTERS.pageDigest, mode: 'digest', noAllProjects: true }),

  top({ path: '/edited-pages/top-by-edits/{project}/{editor-type}/{page-type}/{year}/{month}/{day}', operationId: 'getEditedPagesTopByEdits', summary: 'Most edited pages (edits)', tag: 'Edited pages', dimension: 'page_title', metric: 'edits' }),
  top({ path: '/edited-pages/top-by-net-bytes-difference/{project}/{editor-type}/{page-type}/{year}/{month}/{day}', operationId: 'getEditedPagesTopByNetBytesDifference', summary: 'Most edited pages (net_bytes_diff)', tag: 'Edited pages', dimension: 'page_title', metric: 'net_bytes_diff' }),
  top({ path: '/edited-pages/top-by-absolute-bytes-difference/{project}/{editor-type}/{page-type}/{year}/{month}/{day}', operationId: 'getEditedPagesTopByAbsoluteBytesDifference', summary: 'Most edited pages (abs_bytes_diff)', tag: 'Edited pages', dimension: 'page_title', metric: 'abs_bytes_diff' }),
];
