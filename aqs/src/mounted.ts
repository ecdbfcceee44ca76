// The services this process mounts: every AQS service of the repository (a folder whose descriptor
// has `mount`). A new one joins with one line here, plus its package.json dependency and tsconfig
// reference; aqs/test/mounted.test.ts fails, naming the three lines, when a mountable service is
// missing.
import type { Middleware } from 'koa';
import type { ServiceDescriptor } from '@aqs/servicelib';
import commonsImpactAnalytics from '@aqs/commons-impact-analytics';
import deviceAnalytics from '@aqs/device-analytics';
import editAnalytics from '@aqs/edit-analytics';
import editorAnalytics from '@aqs/editor-analytics';
import geoAnalytics from '@aqs/geo-analytics';
import mediaAnalytics from '@aqs/media-analytics';
import pageAnalytics from '@aqs/page-analytics';

/** A service the one process can mount: a descriptor (name, config schema, open) with `mount`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Mountable = ServiceDescriptor<any, any> & { mount(config: any, deps: any): Middleware };

export const MOUNTED: readonly Mountable[] = [
  commonsImpactAnalytics,
  deviceAnalytics,
  editAnalytics,
  editorAnalytics,
  geoAnalytics,
  mediaAnalytics,
  pageAnalytics,
];
