// Where the rows come from: one small interface with two implementations, the Data Gateway over
// HTTP (gateway-source.ts) and Cassandra through the same dataset declarations the gateway serves
// (direct-source.ts). Both answer with the gateway's row encoding, so everything above this line
// is one code path.

/** A row as the gateway encodes it: columns under their stored names, `dt` RFC 3339, counts numbers. */
export type GatewayRow = Record<string, unknown>;

/**
 * The parameters of one read, in the gateway route's order (partition key, then start/end or
 * year/month), named as the table's columns. Values are the decoded strings the gateway takes.
 */
export type GatewayParams = readonly (readonly [name: string, value: string])[];

export interface CommonsSource {
  /**
   * Every row of the table for these parameters, in clustering order; none when there is no data.
   * Throws the AQS problem to answer otherwise: 400 (a value the store side refuses), 503 (down or
   * slower than context_timeout), 502 (an answer that makes no sense).
   */
  read(table: string, params: GatewayParams): Promise<GatewayRow[]>;
}
