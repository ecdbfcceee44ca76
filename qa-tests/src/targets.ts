// The services the suite knows, as a client knows them: a name, the dataset tag of its cases, where it
// listens locally (design.md §1), where it serves its OpenAPI document, and the route prefixes that
// document must describe (so a base URL serving other services is told apart from this one).
// Nothing here comes from the code: only ports, paths and the URL settings of README "QA suite".
import { readFileSync } from 'node:fs';

export const TAGS = ['unique-devices', 'pageviews', 'mediarequests', 'edits', 'editors', 'commons', 'image-suggestions', 'sessions'] as const;
export type Tag = (typeof TAGS)[number];

/** How a service answers errors and which headers it owes every response. */
export type Flavour = 'aqs' | 'gateway' | 'kask';

export interface ServiceTarget {
  name: string;
  tag: Tag;
  flavour: Flavour;
  localPort: number;
  /** Where the service serves its OpenAPI document, tried in order (JSON or YAML). */
  specPaths: readonly string[];
  /** At least one documented path starts with one of these, or the document is another service's. */
  routePrefixes: readonly string[];
}

export const SERVICES: readonly ServiceTarget[] = [
  { name: 'device-analytics', tag: 'unique-devices', flavour: 'aqs', localPort: 8090, specPaths: ['/device-analytics/api-spec.json', '/metrics/unique-devices/api-spec.json'], routePrefixes: ['/metrics/unique-devices/'] },
  { name: 'geo-analytics', tag: 'editors', flavour: 'aqs', localPort: 8091, specPaths: ['/geo-analytics/api-spec.json', '/metrics/editors/by-country/api-spec.json'], routePrefixes: ['/metrics/editors/by-country/'] },
  { name: 'media-analytics', tag: 'mediarequests', flavour: 'aqs', localPort: 8092, specPaths: ['/media-analytics/api-spec.json', '/mediarequests/api-spec.json', '/metrics/mediarequests/api-spec.json'], routePrefixes: ['/metrics/mediarequests/'] },
  { name: 'page-analytics', tag: 'pageviews', flavour: 'aqs', localPort: 8093, specPaths: ['/page-analytics/api-spec.json', '/metrics/pageviews/api-spec.json'], routePrefixes: ['/metrics/pageviews/'] },
  { name: 'editor-analytics', tag: 'editors', flavour: 'aqs', localPort: 8094, specPaths: ['/editor-analytics/api-spec.json', '/editors/api-spec.json', '/metrics/editors/api-spec.json'], routePrefixes: ['/metrics/editors/aggregate/', '/metrics/registered-users/'] },
  { name: 'edit-analytics', tag: 'edits', flavour: 'aqs', localPort: 8095, specPaths: ['/edit-analytics/api-spec.json', '/metrics/edits/api-spec.json'], routePrefixes: ['/metrics/edits/'] },
  { name: 'commons-impact-analytics', tag: 'commons', flavour: 'aqs', localPort: 8096, specPaths: ['/commons-impact-analytics/api-spec.json', '/metrics/commons-analytics/api-spec.json'], routePrefixes: ['/metrics/commons-analytics/'] },
  { name: 'image-suggestions', tag: 'image-suggestions', flavour: 'gateway', localPort: 8097, specPaths: ['/openapi', '/image-suggestions/api-spec.json'], routePrefixes: ['/public/image_suggestions/'] },
  { name: 'kask', tag: 'sessions', flavour: 'kask', localPort: 8081, specPaths: ['/openapi'], routePrefixes: ['/sessions/v1/'] },
];

export const serviceNamed = (name: string): ServiceTarget => {
  const s = SERVICES.find((t) => t.name === name);
  if (!s) throw new Error(`unknown service ${name}`);
  return s;
};

/** `page-analytics` → `PAGE_ANALYTICS_URL`. */
export const urlVariable = (name: string): string => `${name.toUpperCase().replaceAll('-', '_')}_URL`;

export interface UrlSettings {
  /** One base URL for every service (e.g. the one-process aqs), or undefined. */
  baseUrl?: string | undefined;
  /** Per service, from QA_CONFIG's `services` and then `<SERVICE>_URL` variables (these win). */
  perService: Record<string, string>;
}

/**
 * The URL settings of README "QA suite": `<SERVICE>_URL` for one service, else QA_CONFIG's `services`
 * entry, else BASE_URL (or QA_CONFIG's `baseUrl`), else the local port.
 */
export function urlSettingsFrom(env: NodeJS.ProcessEnv): UrlSettings {
  const perService: Record<string, string> = {};
  let baseUrl = env.BASE_URL || undefined;
  if (env.QA_CONFIG) {
    const file = JSON.parse(readFileSync(env.QA_CONFIG, 'utf8')) as { baseUrl?: string; services?: Record<string, string> };
    baseUrl ??= file.baseUrl;
    for (const [name, url] of Object.entries(file.services ?? {})) {
      serviceNamed(name);
      perService[name] = url;
    }
  }
  for (const s of SERVICES) {
    const v = env[urlVariable(s.name)];
    if (v) perService[s.name] = v;
  }
  return { baseUrl, perService };
}

export function urlOf(s: ServiceTarget, settings: UrlSettings): string {
  const url = settings.perService[s.name] ?? settings.baseUrl ?? `http://localhost:${s.localPort}`;
  return url.replace(/\/+$/, '');
}
