// A loopback HTTP proxy that counts the answers it forwards, by status: `make fuzz` puts one between
// schemathesis and each service, so the figures are what the fuzzer sent and got, whatever metrics
// the service exposes. Requests for `skip` (the document) are forwarded but not counted.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingProxy {
  origin: string;
  byStatus: Map<string, number>;
  close(): Promise<void>;
}

export async function countingProxy(target: string, skip: string): Promise<CountingProxy> {
  const to = new URL(target);
  const byStatus = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const upstream = request(
      { host: to.hostname, port: to.port, method: req.method, path: req.url, headers: { ...req.headers, host: to.host } },
      (answer) => {
        if (!req.url?.startsWith(skip)) byStatus.set(String(answer.statusCode), (byStatus.get(String(answer.statusCode)) ?? 0) + 1);
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      byStatus.set('no answer', (byStatus.get('no answer') ?? 0) + 1);
      res.destroy();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    byStatus,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
