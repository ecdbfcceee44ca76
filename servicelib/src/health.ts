// /healthz: who is answering (service, version, build date and host), as the Go services report it.
import { hostname } from 'node:os';

export interface BuildInfo {
  version: string;
  /** ISO date of the build; BUILD_DATE from the image build, else the process start. */
  build_date: string;
  /** Where the build ran; BUILD_HOST from the image build, else this host. */
  build_host: string;
}

export function buildInfo(version: string, env: NodeJS.ProcessEnv = process.env): BuildInfo {
  return {
    version,
    build_date: env.BUILD_DATE || new Date().toISOString(),
    build_host: env.BUILD_HOST || hostname(),
  };
}

export function healthBody(serviceName: string, build: BuildInfo) {
  return { service: serviceName, ...build, node_version: process.version, host: hostname() };
}
