// A throw-away certificate authority for TLS tests, made with the openssl command line: a CA, and
// server or client certificates it signs. Each test run makes its own; nothing is committed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCert {
  /** PEM file paths. */
  cert: string;
  key: string;
}

export interface TestPki {
  dir: string;
  /** The CA certificate (PEM path) and key. */
  ca: TestCert;
  /** A certificate for `localhost` / 127.0.0.1 signed by the CA. */
  server(name?: string): TestCert;
  /** A client certificate with subject CN `cn`, signed by the CA. */
  client(cn: string): TestCert;
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

export function makeTestPki(caName = 'test-ca'): TestPki {
  const dir = mkdtempSync(join(tmpdir(), `${caName}-`));
  const ca = { cert: join(dir, `${caName}.pem`), key: join(dir, `${caName}.key`) };
  openssl(dir, [
    'req', '-x509', ...EC, '-days', '2', '-subj', `/CN=${caName}`, '-keyout', ca.key, '-out', ca.cert,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  let serial = 0;
  const issue = (name: string, cn: string, extensions: string): TestCert => {
    const out = { cert: join(dir, `${name}.pem`), key: join(dir, `${name}.key`) };
    const csr = join(dir, `${name}.csr`);
    const ext = join(dir, `${name}.ext`);
    writeFileSync(ext, extensions);
    openssl(dir, ['req', ...EC, '-subj', `/CN=${cn}`, '-keyout', out.key, '-out', csr]);
    openssl(dir, [
      'x509', '-req', '-in', csr, '-CA', ca.cert, '-CAkey', ca.key, '-set_serial', String(++serial + 1000),
      '-days', '2', '-out', out.cert, '-extfile', ext,
    ]);
    return out;
  };
  return {
    dir,
    ca,
    server: (name = 'server') =>
      issue(name, 'localhost', 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n'),
    client: (cn) => issue(`client-${cn}`, cn, 'extendedKeyUsage=clientAuth\n'),
  };
}
