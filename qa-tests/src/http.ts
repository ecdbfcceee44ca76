// One HTTP exchange, kept whole (status, headers, body text) so every check can look at it.
export interface Reply {
  method: string;
  url: string;
  status: number;
  headers: Headers;
  text: string;
}

const TIMEOUT_MS = Number(process.env.QA_TIMEOUT_MS || 15000);

export async function send(method: string, url: string, opts: { body?: string | undefined; headers?: Record<string, string> | undefined } = {}): Promise<Reply> {
  const res = await fetch(url, {
    method,
    headers: { 'user-agent': 'aqs-qa-tests/0.1 (black-box QA suite)', ...opts.headers },
    body: opts.body,
    redirect: 'manual',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  return { method, url, status: res.status, headers: res.headers, text: await res.text() };
}

export function parseJson(r: Reply): unknown {
  try {
    return JSON.parse(r.text);
  } catch {
    return undefined;
  }
}
