// POSTs native queries to the Druid broker with a timeout, and maps what can go wrong to problems:
// Druid down, unreachable or slower than the timeout → 503 (the service recovers when Druid does);
// Druid 404 → the AQS "no data" 404; any other Druid error → 502 (Druid's message is logged).
import { HttpProblem } from '@aqs/servicelib';
import { notFoundNoData } from '../problems.js';
import type { DruidQuery } from './queries.js';

export interface DruidClientOptions {
  /** Broker base URL, e.g. http://127.0.0.1:18082 */
  url: string;
  /** Druid's query path (AQS: /druid/v2/). */
  queryPath?: string;
  timeoutMs: number;
  /** Basic authentication, when the broker requires it. */
  username?: string;
  password?: string;
}

export const DRUID_DOWN_DETAIL = 'The analytics query engine is not answering right now; please try again shortly.';
/** The 502 of a query Druid refused; `status` is Druid's. */
export const druidFailedDetail = (status: number) => `The analytics query engine could not run the query (it answered ${status}).`;

export const druidUnavailable = (cause: unknown): HttpProblem =>
  new HttpProblem(
    { status: 503, detail: DRUID_DOWN_DETAIL, headers: { 'retry-after': '5' } },
    { cause },
  );

/** What the routes need of a broker client (an interface, so a host can lend any implementation). */
export interface DruidQueryClient {
  query<T>(query: DruidQuery): Promise<T[]>;
}

export class DruidClient implements DruidQueryClient {
  private readonly endpoint: string;
  private readonly headers: Record<string, string>;

  constructor(private readonly opts: DruidClientOptions) {
    this.endpoint = new URL(opts.queryPath ?? '/druid/v2/', opts.url).toString();
    this.headers = { 'content-type': 'application/json' };
    if (opts.username) this.headers.authorization = `Basic ${Buffer.from(`${opts.username}:${opts.password ?? ''}`).toString('base64')}`;
  }

  async query<T>(query: DruidQuery): Promise<T[]> {
    let res: Response;
    try {
      res = await fetch(this.endpoint, {
        method: 'POST',
        headers: this.headers,
        body: JSON.stringify(query),
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
    } catch (err) {
      throw druidUnavailable(err); // refused, reset, DNS, or the timeout
    }
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      throw druidUnavailable(err);
    }
    if (res.status === 200) {
      try {
        return JSON.parse(text) as T[];
      } catch (err) {
        throw new HttpProblem({ status: 502, detail: 'The analytics query engine sent an answer that is not JSON.' }, { cause: err });
      }
    }
    if (res.status === 404) throw notFoundNoData();
    // Druid answers 503/504 and 429 when it is starting, overloaded or its query timed out.
    if (res.status >= 503 || res.status === 429) throw druidUnavailable(new Error(`Druid answered ${res.status}: ${text.slice(0, 300)}`));
    let message = text.slice(0, 300);
    try {
      const body = JSON.parse(text) as { errorMessage?: string; error?: string };
      message = body.errorMessage ?? body.error ?? message;
    } catch {
      // not JSON: keep the text
    }
    // Druid's own message can name internals: it goes to the log (as the cause), not to the client.
    throw new HttpProblem(
      { status: 502, detail: druidFailedDetail(res.status) },
      { cause: new Error(`Druid answered ${res.status}: ${message}`) },
    );
  }
}
