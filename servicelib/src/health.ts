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
