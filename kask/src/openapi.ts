// GET /openapi: Kask's OpenAPI file rendered as a Go text/template against the config (spec §A.12).
// Only field actions are supported, `{{ .BaseURI }}` with optional `-` whitespace trimming, which is
// all the shipped file uses; anything else is reported when the file is read at start-up.
import { readFileSync } from 'node:fs';
import type { KaskConfig } from './config.js';

const ACTION = /(\s*)\{\{(- )?\s*\.([A-Za-z]+)\s*( -)?\}\}(\s*)/g;

/** The Go Config fields a template may name. */
function templateFields(cfg: KaskConfig): Record<string, string> {
  return {
    ServiceName: cfg.service_name,
    BaseURI: cfg.base_uri,
    Address: cfg.listen_address,
    Port: String(cfg.listen_port),
    DefaultTTL: String(cfg.default_ttl),
    LogLevel: cfg.log_level,
  };
}

export type OpenApiDocument = { ok: true; yaml: string } | { ok: false; error: string };

/** Reads and renders the template once: nothing in it changes while the process runs. */
export function renderOpenApi(path: string, cfg: KaskConfig): OpenApiDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
  const fields = templateFields(cfg);
  let unknown: string | undefined;
  const yaml = text.replace(ACTION, (_m, before: string, trimLeft: string | undefined, field: string, trimRight: string | undefined, after: string) => {
    if (!(field in fields)) unknown ??= field;
    return (trimLeft ? '' : before) + (fields[field] ?? '') + (trimRight ? '' : after);
  });
  if (unknown) return { ok: false, error: `can't evaluate field ${unknown}` };
  if (yaml.includes('{{')) return { ok: false, error: 'unsupported template action' };
  return { ok: true, yaml };
}
