// The HTTPS listener and client-certificate authorization, which Go Kask never had (spec §A.10, §A.17):
// with tls.client_ca the server asks every client for a certificate; one the CA did not sign, or whose
// subject CN is not in authorized_clients (when that list is set), gets the 401 problem on the data
// routes. The handshake itself accepts any client so that the refusal is an HTTP answer a client can
// read, and /healthz and /metrics stay reachable for probes.
import { readFileSync } from 'node:fs';
import type { ServerOptions } from 'node:https';
import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { KaskConfig } from './config.js';

export function tlsServerOptions(cfg: KaskConfig): ServerOptions | undefined {
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

/** Decides once per connection whether its client may use the data routes; null when anyone may. */
export function clientAuthorizer(cfg: KaskConfig): ((socket: Socket) => boolean) | null {
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
