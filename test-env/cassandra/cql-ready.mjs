// Minimal CQL native-protocol readiness probe: node cql-ready.mjs [host] [port] [timeoutMs]
// Sends an OPTIONS frame (protocol v4) and expects SUPPORTED back. Uses only node:net so it
// works before any npm install. Exit 0 = native transport is serving, 1 = not (yet).
import net from 'node:net';

const host = process.argv[2] ?? '127.0.0.1';
const port = Number(process.argv[3] ?? 9042);
const timeoutMs = Number(process.argv[4] ?? 2000);

// Frame header v4: version 0x04 (request), flags 0, stream id 0 (int16), opcode 0x05 OPTIONS,
// body length 0 (int32).
const OPTIONS = Buffer.from([0x04, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00]);
const HEADER_LEN = 9;
const OP_ERROR = 0x00;
const OP_SUPPORTED = 0x06;

function fail(msg) {
  process.stderr.write(`cql-ready: ${msg}\n`);
  process.exit(1);
}

// Body of SUPPORTED is a [string multimap]: {CQL_VERSION: [...], COMPRESSION: [...], ...}.
function readMultimap(buf) {
  let off = 0;
  const str = () => {
    const len = buf.readUInt16BE(off);
    const s = buf.toString('utf8', off + 2, off + 2 + len);
    off += 2 + len;
    return s;
  };
  const out = {};
  const n = buf.readUInt16BE(off);
  off += 2;
  for (let i = 0; i < n; i++) {
    const key = str();
    const m = buf.readUInt16BE(off);
    off += 2;
    out[key] = Array.from({ length: m }, str);
  }
  return out;
}

const sock = net.connect({ host, port });
let buf = Buffer.alloc(0);
sock.setTimeout(timeoutMs, () => {
  sock.destroy();
  fail(`no answer from ${host}:${port} within ${timeoutMs} ms`);
});
sock.on('error', (err) => fail(`${host}:${port}: ${err.code ?? err.message}`));
sock.on('connect', () => sock.write(OPTIONS));
sock.on('data', (chunk) => {
  buf = Buffer.concat([buf, chunk]);
  if (buf.length < HEADER_LEN) return;
  const opcode = buf[4];
  const bodyLen = buf.readInt32BE(5);
  if (buf.length < HEADER_LEN + bodyLen) return;
  sock.destroy();
  const body = buf.subarray(HEADER_LEN, HEADER_LEN + bodyLen);
  if (opcode === OP_SUPPORTED) {
    let info = {};
    try {
      info = readMultimap(body);
    } catch {
      // A well-formed SUPPORTED header is already proof enough.
    }
    process.stdout.write(`${JSON.stringify({ ok: true, version: buf[0] & 0x7f, supported: info })}\n`);
    process.exit(0);
  }
  if (opcode === OP_ERROR && bodyLen >= 6) {
    const code = body.readInt32BE(0);
    const len = body.readUInt16BE(4);
    fail(`server error 0x${code.toString(16)}: ${body.toString('utf8', 6, 6 + len)}`);
  }
  fail(`unexpected opcode 0x${opcode.toString(16)}`);
});
