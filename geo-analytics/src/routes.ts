// The one route of geo-analytics, declared once (path relative to base_uri, /metrics): validation,
// OpenAPI and the response checks come from here.
import { cassandraGetRoute } from '@aqs/aqsassist';
import { paramsFor } from '@aqs/servicelib';
import { editorsByCountry } from './by-country.js';
import { PARAMS } from './params.js';
import { byCountryResponse } from './schemas.js';

const BY_COUNTRY = '/editors/by-country/{project}/{activity-level}/{year}/{month}';

export const routes = [
  cassandraGetRoute({
    path: BY_COUNTRY,
    operationId: 'getEditorsByCountry',
    summary: 'Get the countries of the editors of a Wikipedia',
    description:
      'Editors of a Wikipedia by country in one month, for editors with 5 to 99 edits or with 100 or more, counts rounded up to the tenth. Countries where publishing the figure could endanger editors are never listed.',
    tags: ['Editors data'],
    params: paramsFor(PARAMS, BY_COUNTRY),
    response: byCountryResponse,
    errors: {
      400: 'Invalid parameter: an unknown activity level, a malformed or `all-…` project, or an invalid year/month',
      500: 'The stored list is not valid JSON',
    },
    handler: (params, store) => editorsByCountry(store, params),
  }),
];
