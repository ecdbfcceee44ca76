// A loopback TCP proxy the tests own, to take "the store" away from a service and give it back
// without touching the real store behind it: cut (connections reset, new ones refused) or freeze
// (connections accepted, nothing forwarded either way: a store that hangs). With TLS options it
// terminates TLS in front of the plain store, so a client's certificate checks can be tested.
import net from 'node:net';
import tls from 'node:tls';

interface Pair {
  client: net.Socket;
  upstream: net.Socket;
}

export class TcpProxy {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private readonly pairs = new Set<Pair>();
  private frozen = false;
  port = 0;

  constructor(
    private readonly targetPort: number,
    private readonly tlsOptions?: tls.TlsOptions,
  ) {}

  /** Listens (again) on the same port once it has one. */
  async open(): Promise<void> {
    const onClient = (client: net.Socket) => {
      const upstream = net.connect(this.targetPort, '127.0.0.1');
      const pair = { client, upstream };
      this.pairs.add(pair);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      if (!this.frozen) this.forward(pair);
      client.on('close', () => (upstream.destroy(), this.pairs.delete(pair)));
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

  private forward({ client, upstream }: Pair): void {
    client.pipe(upstream);
    upstream.pipe(client);
  }

  /** Stops listening and drops every connection: the store is gone (connections reset, new ones refused). */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.frozen = false; // connections made after open() again are forwarded
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Holds every byte in both directions on every connection, old and new: the store hangs. */
  freeze(): void {
    this.frozen = true;
    for (const { client, upstream } of this.pairs) {
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.pause();
      upstream.pause();
    }
  }

  /** Lets the held bytes through and forwards again. */
  thaw(): void {
    this.frozen = false;
    for (const pair of this.pairs) this.forward(pair);
  }
}
