// Build metadata for /healthz and kask_build_info (spec §A.11). Go Kask baked it in with -ldflags;
// here the image passes BUILD_DATE and BUILD_HOST, the version is the package's, and the runtime
// goes in the field Go named go_version so existing dashboards and probes keep their shape.
import { readFileSync } from 'node:fs';

export interface BuildInfo {
  version: string;
  build_date: string;
  build_host: string;
  go_version: string;
}

export function buildInfo(env: NodeJS.ProcessEnv = process.env): BuildInfo {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return {
    version: env.BUILD_VERSION || pkg.version,
    build_date: env.BUILD_DATE || 'unknown',
    build_host: env.BUILD_HOST || 'unknown',
    go_version: `node ${process.version}`,
  };
}

/** Go's json.MarshalIndent of the build info: 2-space indent, no trailing newline. */
export const healthzBody = (info: BuildInfo) => JSON.stringify(info, null, 2);
