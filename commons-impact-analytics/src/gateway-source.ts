// Reading through the Data Gateway (production since 2024-09-18, aqs2-notes §1.1):
// GET <data_gateway_uri>/<table>/<params…> → 200 {"rows":[…]} (contract with image-suggestions).
// One request per read, nothing kept between them, so a gateway that comes back is used again at
// once. Node's fetch keeps connections alive.
import { invalidRequest, storageUnavailable } from '@aqs/aqsassist';
import { HttpProblem } from '@aqs/servicelib';
import type { CommonsSource, GatewayParams, GatewayRow } from './source.js';

export const gatewayFailed = (detail: string): HttpProblem => new HttpProblem({ status: 502, detail: `The Data Gateway answered unexpectedly: ${detail}` });

/** The gateway's problem detail, or its body when it sent no problem. */
function detailOf(text: string): string {
  try {
    const body = JSON.parse(text) as { detail?: unknown };
    if (typeof body.detail === 'string') return body.detail;
  } catch {
    // not JSON: quote the start of the text
  }
  return text.slice(0, 200);
}

/**
 * `.` and `..` cannot travel as path segments (URL parsers resolve them away, encoded or not), and
 * no MediaWiki title or user name can be one: such a read has no rows.
 */
const isDotSegment = (value: string): boolean => value === '.' || value === '..';

export function gatewaySource(baseUri: string, timeoutMs: number): CommonsSource {
  const base = baseUri.replace(/\/+$/, '');
  return {
    async read(table: string, params: GatewayParams): Promise<GatewayRow[]> {
      if (params.some(([, v]) => isDotSegment(v))) return [];
      const url = `${base}/${table}/${params.map(([, v]) => encodeURIComponent(v)).join('/')}`;
      let status: number;
      let text: string;
      try {
        // The deadline covers connecting, the headers and the whole body.
        const res = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
        status = res.status;
        text = await res.text();
      } catch (err) {
        throw storageUnavailable(err);
      }
      if (status === 200) {
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          throw gatewayFailed('a 200 that is not JSON');
        }
        const rows = (body as { rows?: unknown }).rows;
        if (!Array.isArray(rows)) throw gatewayFailed('a 200 without a rows array');
        return rows as GatewayRow[];
      }
      // No such key or route: the AQS no-data 404 (the caller answers it for no rows).
      if (status === 404) return [];
      // A parameter the gateway refuses is the client's: a 400 saying what the gateway said (the
      // dataset reader's own words, so the direct reads answer the same).
      if (status === 400) throw invalidRequest(detailOf(text));
      if (status === 429 || status >= 500) throw storageUnavailable(new Error(`Data Gateway ${status}: ${detailOf(text)}`));
      throw gatewayFailed(`${status} ${detailOf(text)}`);
    },
  };
}
