// The services this process mounts: every service of the repository whose descriptor has `mount`
// (the AQS services and the Data Gateway; Kask stays its own process). A new one joins with one
// line here, plus its package.json dependency and tsconfig reference; aqs/test/mounted.test.ts
// fails, naming the three lines, when a mountable service is missing.
import type { Middleware } from 'koa';
import type { ServiceDescriptor } from '@aqs/servicelib';
import commonsImpactAnalytics from '@aqs/commons-impact-analytics';
import deviceAnalytics from '@aqs/device-analytics';
import editAnalytics from '@aqs/edit-analytics';
import editorAnalytics from '@aqs/editor-analytics';
import geoAnalytics from '@aqs/geo-analytics';
import imageSuggestions from '@aqs/image-suggestions';
import mediaAnalytics from '@aqs/media-analytics';
import pageAnalytics from '@aqs/page-analytics';

/**
 * A service the one process can mount: a descriptor (name, config schema, open) with `mount`. An AQS
 * service's mount runs inside the AQS preset (its headers, problems, conditional GET). A service with
 * `ownPaths` (the Data Gateway) answers on its own terms: its mount runs on those paths outside the
 * preset, rendering its own problems, and only the request-duration histogram is the process's.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export type Mountable = ServiceDescriptor<any, any> & {
  mount(config: any, deps: any): Middleware;
  /** Paths the mount owns: an entry ending in `/` is a prefix, others an exact path (case-insensitive). */
  ownPaths?(config: any, deps: any): readonly string[];
};
/* eslint-enable @typescript-eslint/no-explicit-any */

export const MOUNTED: readonly Mountable[] = [
  commonsImpactAnalytics,
  deviceAnalytics,
  editAnalytics,
  editorAnalytics,
  geoAnalytics,
  imageSuggestions,
  mediaAnalytics,
  pageAnalytics,
];
