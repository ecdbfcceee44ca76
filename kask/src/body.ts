// Reads a request body up to a byte limit while it streams in: never holds more than `limit` bytes,
// and stops reading as soon as the limit is passed (Go Kask read any body in full, §A.8). A body that
// stops arriving for `idleMs` is dropped and its connection cut: otherwise a stalled client would
// hold what it sent (up to `limit`) until Node's request timeout, minutes later.
import type { IncomingMessage } from 'node:http';

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too_large' | 'aborted' | 'stalled' };

export function readBody(req: IncomingMessage, limit: number, idleMs: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.resolve({ ok: false, reason: 'too_large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      clearTimeout(idle);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('aborted', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      idle.refresh();
      size += chunk.length;
      if (size > limit) {
        req.pause();
        chunks.length = 0;
        finish({ ok: false, reason: 'too_large' });
      } else chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size) });
    const onAbort = () => finish({ ok: false, reason: 'aborted' });
    const onStall = () => {
      chunks.length = 0;
      finish({ ok: false, reason: 'stalled' });
      req.socket.destroy();
    };
    const idle = setTimeout(onStall, idleMs);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('aborted', onAbort);
  });
}
