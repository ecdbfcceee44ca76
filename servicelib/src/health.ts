// Build metadata and /healthz: who is answering (service, version, build date and host). The image
// passes BUILD_DATE and BUILD_HOST as build arguments; without them a service says when and where
// it started (AQS) or `unknown` (Kask, as Go Kask built without -ldflags).
import { hostname } from 'node:os';

export interface BuildInfo {
  version: string;
  build_date: string;
  build_host: string;
}

export function buildInfo(version: string, env: NodeJS.ProcessEnv = process.env, unknown?: string): BuildInfo {
  return {
    version: env.BUILD_VERSION || version,
    build_date: env.BUILD_DATE || (unknown ?? new Date().toISOString()),
    build_host: env.BUILD_HOST || (unknown ?? hostname()),
  };
}

export function healthBody(serviceName: string, build: BuildInfo) {
  return { service: serviceName, ...build, node_version: process.version, host: hostname() };
}

/** The Go services' build info (Kask, the Data Gateway): the runtime goes in the field Go named go_version. */
export interface GoBuildInfo extends BuildInfo {
  go_version: string;
}

/** Fields in Go's order: version, build_date, build_host, go_version; `unknown` for what the image was not given. */
export function goBuildInfo(version: string, env: NodeJS.ProcessEnv = process.env): GoBuildInfo {
  return { ...buildInfo(version, env, 'unknown'), go_version: `node ${process.version}` };
}

/** Go's json.MarshalIndent of the build info, as the Go services' /healthz wrote it: 2-space indent, no trailing newline. */
export const goHealthzBody = (info: GoBuildInfo) => JSON.stringify(info, null, 2);
