// The 5 routes of editor-analytics (spec §0 rows 18-22), relative to base_uri (/metrics). Each line
// is one route: its literal path, its operation id, and what it counts; aqsassist's builders turn it
// into a declaration. Editors tops hide IP addresses as null (spec §1.7 step 4).
import { BASE_FILTERS, druidSeriesRoute as series, druidTopRoute as top } from '@aqs/aqsassist';

export const routes = [
  // Digest rows: editor and page type always filtered, `all-…` projects refused (spec §3.4).
  series({ path: '/editors/aggregate/{project}/{editor-type}/{page-type}/{activity-level}/{granularity}/{start}/{end}', operationId: 'getEditorsAggregate', summary: 'Editors, by activity level', tag: 'Editors', metric: 'editors', base: BASE_FILTERS.editorDigest, mode: 'digest', noAllProjects: true }),
  series({ path: '/registered-users/new/{project}/{granularity}/{start}/{end}', operationId: 'getNewRegisteredUsers', summary: 'Newly registered users', tag: 'Registered users', metric: 'new_registered_users', base: () => BASE_FILTERS.newUsers, mode: 'event' }),

  top({ path: '/editors/top-by-edits/{project}/{editor-type}/{page-type}/{year}/{month}/{day}', operationId: 'getEditorsTopByEdits', summary: 'Most active editors (edits); IP addresses are hidden', tag: 'Editors', dimension: 'user_text', metric: 'edits' }),
  top({ path: '/editors/top-by-net-bytes-difference/{project}/{editor-type}/{page-type}/{year}/{month}/{day}', operationId: 'getEditorsTopByNetBytesDifference', summary: 'Most active editors (net_bytes_diff); IP addresses are hidden', tag: 'Editors', dimension: 'user_text', metric: 'net_bytes_diff' }),
  top({ path: '/editors/top-by-absolute-bytes-difference/{project}/{editor-type}/{page-type}/{year}/{month}/{day}', operationId: 'getEditorsTopByAbsoluteBytesDifference', summary: 'Most active editors (abs_bytes_diff); IP addresses are hidden', tag: 'Editors', dimension: 'user_text', metric: 'abs_bytes_diff' }),
];
