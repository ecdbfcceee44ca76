// A loopback TCP proxy the tests can cut and restore, to take "the store" away from a service and
// give it back without restarting the real Cassandra behind it. With TLS options it terminates TLS
// in front of the plain store, so a client's certificate checks can be tested against a real store.
import net from 'node:net';
import tls from 'node:tls';

export class TcpProxy {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(
    private readonly targetPort: number,
    private readonly tlsOptions?: tls.TlsOptions,
  ) {}

  /** Listens (again) on the same port once it has one. */
  async open(): Promise<void> {
    const onClient = (client: net.Socket) => {
      const upstream = net.connect(this.targetPort, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    };
    const server = this.tlsOptions ? tls.createServer(this.tlsOptions, onClient) : net.createServer(onClient);
    // A client that gives up on the handshake (a refused certificate) must not take the proxy down.
    server.on('tlsClientError', () => {});
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as net.AddressInfo).port;
  }

  /** Stops listening and drops every connection: the store is gone (connections reset, new ones refused). */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
