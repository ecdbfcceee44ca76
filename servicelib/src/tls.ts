// An HTTPS listener and client-certificate authorization, for the services that terminate TLS
// themselves (Kask, spec §A.10, §A.17; the Data Gateway's private routes, §B.5). The config keys are
// Kask's: `tls: {cert, key, client_ca}` and `authorized_clients`. With tls.client_ca the server asks
// every client for a certificate; a route that needs authorization refuses one the CA did not sign,
// or whose subject CN is not in authorized_clients (when that list is set). The handshake itself
// accepts any client, so that the refusal is an HTTP answer (a 401 problem) a client can read, and
// the open routes (/healthz, /metrics, public data) stay reachable without a certificate.
import { readFileSync } from 'node:fs';
import type { ServerOptions } from 'node:https';
import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { z } from 'zod';

export interface ListenerTlsConfig {
  tls: { cert: string; key: string; client_ca: string };
  /** Subject CNs allowed where authorization is needed; empty means any certificate the client CA signed. */
  authorized_clients: string[];
}

/** The config keys of ListenerTlsConfig, for a service's zod schema (`...listenerTlsKeys`). */
export const listenerTlsKeys = {
  tls: z.object({ cert: z.string().default(''), key: z.string().default(''), client_ca: z.string().default('') }).prefault({}),
  authorized_clients: z.array(z.string().min(1)).default([]),
};

/** The checks between those keys, as zod issues; `label` names the service in the cert/key message. */
export function checkListenerTls(c: ListenerTlsConfig, ctx: z.RefinementCtx, label: string): void {
  if (!c.tls.cert !== !c.tls.key) ctx.addIssue({ code: 'custom', path: ['tls'], message: `${label} cert/key values are mutually inclusive` });
  if (c.tls.client_ca && !c.tls.cert)
    ctx.addIssue({ code: 'custom', path: ['tls', 'client_ca'], message: 'client certificates need HTTPS: set tls.cert and tls.key too' });
  if (c.authorized_clients.length > 0 && !c.tls.client_ca)
    ctx.addIssue({ code: 'custom', path: ['authorized_clients'], message: 'needs tls.client_ca: without it no client certificate is asked for' });
}

/** HTTPS settings when tls.cert is set (undefined: plain HTTP). */
export function tlsServerOptions(cfg: ListenerTlsConfig): ServerOptions | undefined {
  if (!cfg.tls.cert) return undefined;
  const options: ServerOptions = {
    cert: readFileSync(cfg.tls.cert),
    key: readFileSync(cfg.tls.key),
    minVersion: 'TLSv1.2',
  };
  if (cfg.tls.client_ca) {
    options.ca = readFileSync(cfg.tls.client_ca);
    options.requestCert = true;
    options.rejectUnauthorized = false;
  }
  return options;
}

/** Decides once per connection whether its client is authorized; null when no client CA is configured. */
export function clientAuthorizer(cfg: ListenerTlsConfig): ((socket: Socket) => boolean) | null {
  if (!cfg.tls.client_ca) return null;
  const allowed = cfg.authorized_clients.length ? new Set(cfg.authorized_clients) : null;
  const verdicts = new WeakMap<Socket, boolean>();
  const decide = (socket: TLSSocket): boolean => {
    if (!socket.authorized) return false; // no certificate, or not signed by the client CA
    if (!allowed) return true;
    const cn = socket.getPeerCertificate().subject?.CN;
    const names = Array.isArray(cn) ? cn : cn ? [cn] : [];
    return names.some((n) => allowed.has(n));
  };
  return (socket) => {
    let verdict = verdicts.get(socket);
    if (verdict === undefined) {
      verdict = typeof (socket as TLSSocket).getPeerCertificate === 'function' && decide(socket as TLSSocket);
      verdicts.set(socket, verdict);
    }
    return verdict;
  };
}
