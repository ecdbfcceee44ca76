// The route of device-analytics, declared once: validation, OpenAPI and response checks come from here.
import { aqsParam, type CassandraStore } from '@aqs/aqsassist';
import { defineRoute, paramsFor } from '@aqs/servicelib';
import { z } from 'zod';
import { ACCESS_SITES, GRANULARITIES, uniqueDevices } from './unique-devices.js';

const count = z.number().int().nullable();

export const uniqueDevicesResponse = z.object({
  items: z.array(
    z.object({
      project: z.string().describe('Wikimedia project, normalised (`en.wikipedia`)'),
      'access-site': z.enum(ACCESS_SITES).describe('Method of access'),
      granularity: z.enum(GRANULARITIES).describe('Frequency of data'),
      timestamp: z.string().describe('YYYYMMDD: the day, or the first day of the month'),
      devices: count.describe('Estimated number of unique devices').meta({ example: 62614522 }),
      offset: count.describe('Devices seen once, added to the underestimate').meta({ example: 13127765 }),
      underestimate: count.describe('Devices counted with the last-access cookie').meta({ example: 49486757 }),
    }),
  ),
});

const PARAMS = {
  project: aqsParam.project(
    'Domain of a Wikimedia project (`en.wikipedia.org` or `en.wikipedia`), or a family such as `all-wikipedia-projects`',
    'en.wikipedia.org',
  ),
  'access-site': z.enum(ACCESS_SITES).describe('Which site the devices used').meta({ example: 'all-sites' }),
  granularity: z.enum(GRANULARITIES).describe('Daily or monthly counts').meta({ example: 'daily' }),
  start: aqsParam.date('First day to include, YYYYMMDD (a YYYYMMDDHH hour is ignored)', '20261001'),
  end: aqsParam.date('Last day to include, YYYYMMDD (a YYYYMMDDHH hour is ignored)', '20261008'),
};

export const routes = [
  defineRoute({
    method: 'get',
    path: '/{project}/{access-site}/{granularity}/{start}/{end}',
    operationId: 'getUniqueDevices',
    summary: 'Get unique devices per project',
    description:
      'Given a Wikimedia project and a date range, returns the number of unique devices that visited that wiki. Both ends of the range are included.',
    tags: ['Unique devices'],
    params: paramsFor(PARAMS, '/{project}/{access-site}/{granularity}/{start}/{end}'),
    response: uniqueDevicesResponse,
    errors: {
      400: 'Invalid parameter: an unknown access-site or granularity, a malformed project, an invalid date, or start after end',
      404: 'No data for this project and range',
      503: 'The data store did not answer in time; retry later',
    },
    handler: (params, store: CassandraStore) => uniqueDevices(store, params),
  }),
];
