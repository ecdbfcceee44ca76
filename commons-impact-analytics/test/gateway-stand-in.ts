// A few lines standing in for the Data Gateway in UNIT tests only (the integration tests run the
// real gateway, image-suggestions): it records the decoded path segments of each request and
// answers what the test tells it to.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInReply {
  status: number;
  body?: string;
  /** Never answer (a gateway that hangs). */
  hang?: boolean;
}

export class GatewayStandIn {
  readonly requests: { raw: string; segments: string[] }[] = [];
  reply: StandInReply = { status: 200, body: '{"rows":[]}' };
  private server: Server;
  constructor() {
    this.server = createServer((req, res) => {
      const raw = req.url ?? '';
      this.requests.push({ raw, segments: raw.split('/').slice(1).map(decodeURIComponent) });
      if (this.reply.hang) return;
      res.writeHead(this.reply.status, { 'content-type': 'application/json' });
      res.end(this.reply.body ?? '');
    });
  }
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/public/commons`;
  }
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
