// From request path to Cassandra key, the way Go Kask does it (spec §A.3, §A.5): Go's ServeMux matches
// the percent-decoded path, redirects unclean paths, and Kask's key parser takes the one segment after
// the base URI.

/** The percent-decoded path, or null for a malformed escape or bytes that are not UTF-8 (`%zz`, `%ff`). */
export function decodePath(rawPath: string): string | null {
  if (!rawPath.includes('%')) return rawPath;
  try {
    return decodeURIComponent(rawPath);
  } catch {
    return null;
  }
}

/** Go's path.Clean for a rooted path: no `.`/`..` segments, no `//`. */
function cleanRooted(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `/${out.join('/')}`;
}

/** Go ServeMux's cleanPath: the path a request is redirected to (301) when it differs from its own. */
export function cleanPath(p: string): string {
  if (p === '') return '/';
  const rooted = p.startsWith('/') ? p : `/${p}`;
  const cleaned = cleanRooted(rooted);
  return rooted.endsWith('/') && cleaned !== '/' ? `${cleaned}/` : cleaned;
}

/** Re-escapes a decoded path for a Location header, keeping the characters Go leaves in paths. */
export function escapePath(p: string): string {
  return p
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(/%(24|26|2B|2C|3A|3B|3D|40)/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))))
    .join('/');
}

export type KeyResult = { key: string } | { problem: 'not_found' | 'bad_request' };

/**
 * Kask's ValidatingKeyParserMiddleware, in its order (§A.5): split the decoded path on every
 * occurrence of the base URI (so `/v1/x/v1/y` is key `x`, a Go Kask quirk kept for parity), 404 when
 * nothing follows it; 400 for a non-empty query string; 404 for more than one segment or an empty key.
 * Then the limit Go Kask lacked: a key longer than `maxKeyBytes` UTF-8 bytes is a 400.
 */
export function parseKey(decodedPath: string, rawQuery: string, baseUri: string, maxKeyBytes: number): KeyResult {
  const pieces = decodedPath.split(baseUri);
  if (pieces.length < 2) return { problem: 'not_found' };
  if (rawQuery !== '') return { problem: 'bad_request' };
  const first = pieces[1]!;
  if (first.includes('/') || first === '') return { problem: 'not_found' };
  if (Buffer.byteLength(first, 'utf8') > maxKeyBytes) return { problem: 'bad_request' };
  return { key: first };
}
