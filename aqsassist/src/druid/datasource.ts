// Which Druid datasource to query (aqs2-notes §2.2): `druid.datasource` from the config, or, with
// `config_table` set, the current snapshot name the monthly loader writes into that Cassandra
// table (`mediawiki_history_reduced_druid_datasource`). The looked-up name is cached and refreshed
// in the background; if a refresh fails the last known name keeps being used.
import type { CassandraClient, Logger } from '@aqs/servicelib';
import { storageUnavailable } from '../problems.js';

export const DATASOURCE_PARAM = 'mediawiki_history_reduced_druid_datasource';

export interface DatasourceOptions {
  /** A fixed name (config `druid.datasource`); used when no config table is set. */
  fixed?: string;
  /** `keyspace.table` of the config table (config `config_table`, e.g. `aqs.config`). */
  configTable?: string;
  client?: CassandraClient;
  logger?: Logger;
  refreshMs?: number;
  timeoutMs?: number;
}

const quoted = (name: string) => name.split('.').map((p) => `"${p.replaceAll('"', '""')}"`).join('.');

export class DatasourceResolver {
  private value?: string;
  private fetchedAt = 0;
  private inFlight?: Promise<string>;

  constructor(private readonly opts: DatasourceOptions) {
    if (!opts.configTable && !opts.fixed) throw new Error('a Druid datasource needs druid.datasource or config_table');
    if (opts.configTable && !opts.client) throw new Error('config_table needs a Cassandra client');
  }

  /** The datasource to query now. */
  async current(): Promise<string> {
    if (!this.opts.configTable) return this.opts.fixed!;
    const fresh = Date.now() - this.fetchedAt < (this.opts.refreshMs ?? 60000);
    if (this.value && fresh) return this.value;
    const refresh = this.inFlight ?? this.startRefresh();
    // Serve the known name now; the refresh updates it for the next requests.
    return this.value ?? refresh;
  }

  /** One lookup at a time; a failed background refresh is logged once, however many requests saw it. */
  private startRefresh(): Promise<string> {
    const refresh = this.lookUp().finally(() => (this.inFlight = undefined));
    if (this.value) refresh.catch((err: unknown) => this.opts.logger?.warn({ err }, 'could not refresh the Druid datasource name; keeping the last one'));
    this.inFlight = refresh;
    return refresh;
  }

  private async lookUp(): Promise<string> {
    let name: string | undefined;
    try {
      const rs = await this.opts.client!.execute(
        `SELECT value FROM ${quoted(this.opts.configTable!)} WHERE param = ?`,
        [DATASOURCE_PARAM],
        { prepare: true, readTimeout: this.opts.timeoutMs ?? 2000 },
      );
      name = rs.first()?.get('value') as string | undefined;
    } catch (err) {
      throw storageUnavailable(err);
    }
    // No row: the configured druid.datasource, if any, stands in (and is cached like a looked-up name).
    name ??= this.opts.fixed;
    if (!name) throw storageUnavailable(new Error(`${this.opts.configTable} has no ${DATASOURCE_PARAM} row`));
    if (name !== this.value) this.opts.logger?.info(`Druid datasource: ${name} (from ${this.opts.configTable})`);
    this.value = name;
    this.fetchedAt = Date.now();
    return name;
  }
}
