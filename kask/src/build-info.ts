// Build metadata for /healthz and kask_build_info (spec §A.11). Go Kask baked it in with -ldflags
// and said `unknown` for what it was not given; here the image passes BUILD_DATE and BUILD_HOST
// (servicelib's buildInfo), the version is the package's, and the runtime goes in the field Go named
// go_version so existing dashboards and probes keep their shape.
import { readFileSync } from 'node:fs';
import { goBuildInfo, goHealthzBody, type GoBuildInfo } from '@aqs/servicelib';

export type KaskBuildInfo = GoBuildInfo;

/** kask/package.json's version (beside dist/ in the repository and in the image alike). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** Fields in Go Kask's order: version, build_date, build_host, go_version. */
export const kaskBuildInfo = goBuildInfo;

/** Go's json.MarshalIndent of the build info: 2-space indent, no trailing newline. */
export const healthzBody = goHealthzBody;
