// Kask's wire rules (spec §A.3-A.8, §A.11, §A.13) on the in-memory store: what a client sees for each
// key, method, body size and store failure, byte for byte, in milliseconds and without Cassandra.
// Storage itself (TTL, consistency, outages) is tested against the real Cassandra (*.int.test.ts).
import { expect } from 'chai';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import {
  BASE, BAD_REQUEST, NOT_FOUND, SERVER_ERROR, TOO_LARGE, request, startMemoryKask, type Reply,
} from './harness.js';

type Running = Awaited<ReturnType<typeof startMemoryKask>>;

describe('kask wire rules (in-memory store)', () => {
  let svc: Running;
  before(async () => (svc = await startMemoryKask()));
  after(() => svc.close());
  const stored = (key: string) => svc.store.values.get(key)?.toString() ?? null;

  describe('keys', () => {
    it('refuses a query string with the 400 problem, whose instance has no query', async () => {
      for (const path of ['/sessions/v1/foo?bar', '/sessions/v1/foo?x=1', '/sessions/v1/?x=1']) {
        const r = await request(svc.origin, path, { method: 'POST', body: 'v' });
        expect([r.status, r.text], path).to.deep.equal([400, BAD_REQUEST(path.slice(0, path.indexOf('?')))]);
      }
      expect([stored('foo'), stored('')]).to.deep.equal([null, null]);
    });

    it('answers the 404 problem for two segments, %2F (decoded to /) and an empty key, whatever the method', async () => {
      for (const [path, instance] of [
        ['/sessions/v1/cat/dog', '/sessions/v1/cat/dog'],
        ['/sessions/v1/a%2Fb', '/sessions/v1/a/b'],
        ['/sessions/v1/', '/sessions/v1/'],
      ]) {
        for (const method of ['GET', 'POST', 'DELETE']) {
          const r = await request(svc.origin, path!, { method, body: method === 'POST' ? 'v' : undefined });
          expect([r.status, r.text], `${method} ${path}`).to.deep.equal([404, NOT_FOUND(instance!)]);
        }
      }
    });

    it('stores under the decoded key: + literal, %20, %3F and non-ASCII, case-sensitive', async () => {
      const cases: [string, string][] = [
        ['a+b', 'a+b'],
        ['cat%20dog', 'cat dog'],
        ['foo%3Fbar', 'foo?bar'],
        ['Caf%C3%A9', 'Café'],
        ['%E2%9C%93', '✓'],
      ];
      for (const [raw, key] of cases) {
        expect((await request(svc.origin, BASE + raw, { method: 'POST', body: `value of ${key}` })).status, raw).to.equal(201);
        expect(stored(key), raw).to.equal(`value of ${key}`);
        expect((await request(svc.origin, BASE + raw)).text).to.equal(`value of ${key}`);
      }
      expect((await request(svc.origin, `${BASE}caf%C3%A9`)).status, 'another case is another key').to.equal(404);
    });

    it('accepts a key of max_key_bytes UTF-8 bytes and answers the 400 problem for one byte more', async () => {
      const longest = `${'é'.repeat(127)}a`; // 255 bytes
      expect((await request(svc.origin, BASE + encodeURIComponent(longest), { method: 'POST', body: 'v' })).status).to.equal(201);
      expect(stored(longest)).to.equal('v');
      const tooLong = 'é'.repeat(128); // 256 bytes
      for (const method of ['GET', 'POST', 'DELETE']) {
        const r = await request(svc.origin, BASE + encodeURIComponent(tooLong), { method, body: method === 'POST' ? 'v' : undefined });
        expect([r.status, r.text], method).to.deep.equal([400, BAD_REQUEST(BASE + tooLong)]);
      }
      expect(stored(tooLong)).to.equal(null);
    });
  });

  describe('methods', () => {
    it('GET answers the stored bytes as application/octet-stream, without cache headers (TestGetSuccess)', async () => {
      const value = randomBytes(64);
      svc.store.values.set('foo', value);
      const r = await request(svc.origin, `${BASE}foo`);
      expect(r.status).to.equal(200);
      expect(r.headers['content-type']).to.equal('application/octet-stream');
      expect(r.body.equals(value)).to.equal(true);
      expect(r.headers).not.to.have.property('cache-control');
      expect(r.headers).not.to.have.property('etag');
    });

    it('GET of a missing key is the 404 problem (TestGetNotFound)', async () => {
      const r = await request(svc.origin, `${BASE}no-such-key`);
      expect([r.status, r.text]).to.deep.equal([404, NOT_FOUND(`${BASE}no-such-key`)]);
    });

    it('POST answers 201, empty, with Content-Type application/octet-stream, and overwrites (TestPost)', async () => {
      for (const value of ['meow', 'purr']) {
        const r = await request(svc.origin, `${BASE}cat`, { method: 'POST', body: value });
        expect(r.status).to.equal(201);
        expect(r.headers['content-type']).to.equal('application/octet-stream');
        expect(r.headers['content-length']).to.equal('0');
        expect(r.body.length).to.equal(0);
        expect(stored('cat')).to.equal(value);
      }
    });

    it('POST with an empty body is the 400 problem and stores nothing (TestPostEmptyBody)', async () => {
      const r = await request(svc.origin, `${BASE}dog`, { method: 'POST' });
      expect([r.status, r.text]).to.deep.equal([400, BAD_REQUEST(`${BASE}dog`)]);
      expect(stored('dog')).to.equal(null);
      expect(svc.logs().some((l) => l.message === 'Request body is empty')).to.equal(true);
    });

    it('PUT is the 400 problem, with or without a body, and stores nothing (TestPut)', async () => {
      for (const body of ['roar', undefined]) {
        const r = await request(svc.origin, `${BASE}lion`, { method: 'PUT', body });
        expect([r.status, r.text]).to.deep.equal([400, BAD_REQUEST(`${BASE}lion`)]);
      }
      expect(stored('lion')).to.equal(null);
    });

    it('DELETE answers 204, empty, and again 204 once the key is gone (TestDelete)', async () => {
      svc.store.values.set('mouse', Buffer.from('squeak'));
      for (let i = 0; i < 2; i++) {
        const r = await request(svc.origin, `${BASE}mouse`, { method: 'DELETE' });
        expect([r.status, r.body.length]).to.deep.equal([204, 0]);
      }
      expect(stored('mouse')).to.equal(null);
    });

    it('other methods are the 400 problem (HEAD without its body), logged', async () => {
      for (const method of ['PATCH', 'OPTIONS', 'TRACE']) {
        const r = await request(svc.origin, `${BASE}cat`, { method });
        expect([r.status, r.text], method).to.deep.equal([400, BAD_REQUEST(`${BASE}cat`)]);
      }
      const head = await request(svc.origin, `${BASE}cat`, { method: 'HEAD' });
      expect([head.status, head.body.length]).to.deep.equal([400, 0]);
      expect(svc.logs().some((l) => l.message === 'Unsupported HTTP method (PATCH)')).to.equal(true);
    });
  });

  describe('body size', () => {
    // Its own Kask: a body that stops arriving is cut after 300 ms, not the default 5 s.
    let svc: Running;
    before(async () => (svc = await startMemoryKask({ body_timeout_ms: 300 })));
    after(() => svc.close());
    const stored = (key: string) => svc.store.values.get(key)?.toString() ?? null;

    const postChunked = (path: string, chunk: Buffer, maxBytes: number) =>
      new Promise<{ status: number; written: number }>((resolve, reject) => {
        let written = 0;
        const req = http.request(`${svc.origin}${path}`, { method: 'POST', headers: { 'Transfer-Encoding': 'chunked' } }, (res) => {
          res.resume();
          resolve({ status: res.statusCode!, written });
          req.destroy();
        });
        req.on('error', reject); // a reset instead of the 413 is a failure, not a hang
        const pump = () => {
          // Never ends the request: the answer has to come while the body is still open.
          if (req.destroyed || written > maxBytes) return;
          written += chunk.length;
          if (req.write(chunk)) setImmediate(pump);
          else req.once('drain', pump);
        };
        pump();
      });

    it('stores a value of exactly max_value_bytes and answers the 413 problem for one byte more, keeping the old value', async () => {
      const max = randomBytes(1024 * 1024);
      expect((await request(svc.origin, `${BASE}big`, { method: 'POST', body: max })).status).to.equal(201);
      const r = await request(svc.origin, `${BASE}big`, { method: 'POST', body: Buffer.concat([max, Buffer.from([1])]) });
      expect([r.status, r.text]).to.deep.equal([413, TOO_LARGE(`${BASE}big`)]);
      expect(r.headers['content-type']).to.equal('application/problem+json');
      expect(svc.store.values.get('big')?.equals(max)).to.equal(true);
    });

    it('answers 413 from Content-Length alone, before any of the body is sent, then cuts a client that never sends it', async () => {
      let socketClosed!: Promise<void>;
      const r = await new Promise<Reply>((resolve, reject) => {
        const req = http.request(`${svc.origin}${BASE}announced`, { method: 'POST', headers: { 'Content-Length': String(50 * 1024 * 1024) } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), text: Buffer.concat(chunks).toString() }));
          res.on('error', reject);
        });
        req.on('error', () => undefined); // the server cuts the connection once no body arrives for body_timeout_ms
        req.on('socket', (socket) => (socketClosed = new Promise((done) => socket.once('close', () => done()))));
        req.flushHeaders(); // headers only: the body never comes
      });
      expect([r.status, r.text]).to.deep.equal([413, TOO_LARGE(`${BASE}announced`)]);
      await socketClosed; // the connection does not stay open for the 50 MB that were announced
      expect(stored('announced')).to.equal(null);
    });

    it('answers 413 while a chunked body is still streaming in, without waiting for its end', async () => {
      const limit = 64 * 1024 * 1024;
      const { status, written } = await postChunked(`${BASE}chunked`, randomBytes(256 * 1024), limit);
      expect(status).to.equal(413);
      expect(written, 'the client was still sending').to.be.below(limit);
      expect(stored('chunked')).to.equal(null);
    });

    it('reads and drops the rest of a refused body that the client finishes, so its connection serves the next request', async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const send = (path: string, method: string, body: Buffer[]) =>
        new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
          const req = http.request(`${svc.origin}${path}`, { method, agent, headers: body.length ? { 'Transfer-Encoding': 'chunked' } : {} }, (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode!, reused: req.reusedSocket }));
          });
          req.on('error', reject);
          for (const chunk of body) req.write(chunk);
          req.end();
        });
      try {
        const refused = await send(`${BASE}drained`, 'POST', Array.from({ length: 5 }, () => randomBytes(256 * 1024)));
        expect(refused.status).to.equal(413);
        expect(await send('/healthz', 'GET', [])).to.deep.equal({ status: 200, reused: true });
      } finally {
        agent.destroy();
      }
    });
  });

  describe('problems', () => {
    it('are RFC 7807 bodies byte for byte, application/problem+json with nosniff', async () => {
      const cases: [string, number, string][] = [
        [`${BASE}missing`, 404, NOT_FOUND(`${BASE}missing`)],
        [`${BASE}x?y`, 400, BAD_REQUEST(`${BASE}x`)],
        ['/elsewhere', 404, NOT_FOUND('/elsewhere')],
      ];
      for (const [path, status, body] of cases) {
        const r = await request(svc.origin, path);
        expect([r.status, r.text], path).to.deep.equal([status, body]);
        expect(r.headers['content-type']).to.equal('application/problem+json');
        expect(r.headers['x-content-type-options']).to.equal('nosniff');
        expect(r.headers['content-length']).to.equal(String(Buffer.byteLength(body)));
      }
    });

    it('HTML-escape the instance as Go does', async () => {
      const r = await request(svc.origin, `${BASE}a%3Cb%3E%26/x`);
      expect(r.text).to.contain('"instance": "/sessions/v1/a\\u003cb\\u003e\\u0026/x"');
    });
  });
});

describe('kask wire rules: routes beside the data (in-memory store)', () => {
  let svc: Running;
  before(async () => (svc = await startMemoryKask()));
  after(() => svc.close());

  it('redirects the base URI without its slash and unclean paths with an empty 301, not counted as a request', async () => {
    for (const [path, location] of [
      ['/sessions/v1?x=1', '/sessions/v1/?x=1'],
      ['/sessions/v1/./cat', '/sessions/v1/cat'],
      ['/sessions//v1/cat', '/sessions/v1/cat'],
    ]) {
      const r = await request(svc.origin, path!, { method: 'POST', body: 'v' });
      expect([r.status, r.headers.location, r.body.length], path).to.deep.equal([301, location, 0]);
    }
    expect(svc.store.values.size).to.equal(0);
    expect((await request(svc.origin, '/metrics')).text).not.to.match(/^http_requests_total\{/m);
  });

  it('/healthz is Go Kask\'s indented build info, exactly, with no trailing newline', async () => {
    const env = process.env;
    const expected =
      `{\n  "version": "${env.BUILD_VERSION || '0.1.0'}",\n  "build_date": "${env.BUILD_DATE || 'unknown'}",\n` +
      `  "build_host": "${env.BUILD_HOST || 'unknown'}",\n  "go_version": "node ${process.version}"\n}`;
    const r = await request(svc.origin, '/healthz');
    expect([r.status, r.headers['content-type'], r.text]).to.deep.equal([200, 'application/json', expected]);
  });

  it('/metrics has Go Kask\'s names, help, labels and buckets, and counts data routes by code and method', async () => {
    await request(svc.origin, `${BASE}k`, { method: 'POST', body: 'v' });
    await request(svc.origin, `${BASE}k`);
    await request(svc.origin, `${BASE}k`, { method: 'PURGE' }); // a method outside the HTTP set
    await request(svc.origin, '/healthz');
    const r = await request(svc.origin, '/metrics');
    expect(r.headers['content-type']).to.equal('text/plain; version=0.0.4; charset=utf-8');
    const lines = r.text.split('\n');
    expect(lines).to.include.members([
      '# HELP http_requests_total Count of HTTP requests processed, partitioned by status code and HTTP method.',
      '# TYPE http_requests_total counter',
      'http_requests_total{code="201",method="POST"} 1',
      'http_requests_total{code="200",method="GET"} 1',
      'http_requests_total{code="400",method="other"} 1',
      '# HELP http_request_duration_seconds A histogram of latencies for requests, partitioned by status code and HTTP method.',
      '# TYPE http_request_duration_seconds histogram',
      'http_request_duration_seconds_bucket{le="+Inf",code="201",method="POST"} 1',
      'http_request_duration_seconds_count{code="201",method="POST"} 1',
      '# HELP kask_build_info Build information',
      '# TYPE kask_build_info gauge',
    ]);
    const buckets = lines.filter((l) => l.startsWith('http_request_duration_seconds_bucket{') && l.includes('code="200",method="GET"'));
    expect(buckets.map((l) => /le="([^"]+)"/.exec(l)![1])).to.deep.equal(
      ['0.001', '0.0025', '0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '+Inf'],
    );
    expect(r.text).to.match(/^kask_build_info\{version="[^"]+",build_date="[^"]*",build_host="[^"]*",go_version="node v[\d.]+"\} 1$/m);
    expect(r.text).to.match(/^process_resident_memory_bytes \d+/m);
    expect(r.text).not.to.contain('/healthz');
  });
});

describe('kask wire rules: a failing store (in-memory store told to fail)', () => {
  let svc: Running;
  before(async () => (svc = await startMemoryKask()));
  after(() => svc.close());

  it('answers the 500 problem on every data route, logs the store\'s error, and counts 500s', async () => {
    svc.store.failWith(new Error('store on fire'));
    try {
      for (const method of ['GET', 'POST', 'DELETE']) {
        const r = await request(svc.origin, `${BASE}k`, { method, body: method === 'POST' ? 'v' : undefined });
        expect([r.status, r.text], method).to.deep.equal([500, SERVER_ERROR(`${BASE}k`)]);
        expect(r.headers['content-type']).to.equal('application/problem+json');
      }
    } finally {
      svc.store.recover();
    }
    const messages = svc.logs().map((l) => String(l.message));
    for (const m of ['Error reading from storage (store on fire)', 'Error writing to storage (store on fire)', 'Error deleting in storage (store on fire)'])
      expect(messages, m).to.include(m);
    const text = (await request(svc.origin, '/metrics')).text;
    for (const method of ['GET', 'POST', 'DELETE']) expect(text).to.match(new RegExp(`^http_requests_total\\{code="500",method="${method}"\\} 1$`, 'm'));
    expect(text, 'a failed DELETE is not counted as 204').not.to.match(/code="204"/);
    expect((await request(svc.origin, `${BASE}k`, { method: 'POST', body: 'v' })).status, 'serves again').to.equal(201);
  });
});
