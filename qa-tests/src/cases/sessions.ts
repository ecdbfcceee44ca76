// sessions (Kask): spec kask-gateway-servicelib.md §A.3-§A.7 and the acceptance table of §A.5.
// The suite writes only keys named qa-tests-…, and deletes them again.
import { randomBytes } from 'node:crypto';
import type { Case, Step } from '../case.js';

const octets = (want: string) => (r: { headers: Headers; text: string }) => [
  ...(r.headers.get('content-type') === 'application/octet-stream' ? [] : [`content-type: expected application/octet-stream, got ${r.headers.get('content-type')}`]),
  ...(r.text === want ? [] : [`value: expected ${JSON.stringify(want)}, got ${JSON.stringify(r.text.slice(0, 100))}`]),
];
const empty = (r: { text: string }) => (r.text.length ? [`expected an empty body, got ${r.text.length} bytes`] : []);

export function sessionsCases(): Case[] {
  const s = 'kask';
  const t = 'sessions';
  const run = `qa-tests-${Date.now()}-${randomBytes(4).toString('hex')}`;
  const base = '/sessions/v1/';
  const value = `QA value ${run} ✓ <&>`;
  const roundTrip = (key: string): Step[] => [
    { method: 'POST', path: base + key, body: value, headers: { 'content-type': 'application/octet-stream' }, status: 201, check: empty },
    { path: base + key, status: 200, check: octets(value) },
    { method: 'DELETE', path: base + key, status: 204, check: empty },
    { path: base + key, status: 404 },
  ];
  const one = (name: string, step: Step): Case => ({ tag: t, service: s, name, steps: [step] });
  return [
    { tag: t, service: s, name: 'POST stores, GET reads the bytes back, DELETE removes, GET is then 404', steps: roundTrip(run) },
    { tag: t, service: s, name: 'a key with an encoded space and ? round-trips', steps: roundTrip(`${run}%20with%20space%3F`) },
    { tag: t, service: s, name: 'POST overwrites an existing value', steps: [
      { method: 'POST', path: `${base}${run}-over`, body: 'first', status: 201 },
      { method: 'POST', path: `${base}${run}-over`, body: 'second', status: 201 },
      { path: `${base}${run}-over`, status: 200, check: octets('second') },
      { method: 'DELETE', path: `${base}${run}-over`, status: 204 },
    ] },
    one('DELETE of a key that does not exist is 204', { method: 'DELETE', path: `${base}${run}-never`, status: 204, check: empty }),
    one('GET of a missing key is the not_found problem', { path: `${base}${run}-missing`, status: 404 }),
    one('a path of two segments is the not_found problem', { path: `${base}cat/dog`, status: 404 }),
    one('the base path without a key is the not_found problem', { path: base, status: 404 }),
    one('a query string is the bad_request problem', { path: `${base}${run}?bar`, status: 400 }),
    one('PUT is the bad_request problem', { method: 'PUT', path: `${base}${run}`, body: 'x', status: 400 }),
    one('POST with an empty body is the bad_request problem', { method: 'POST', path: `${base}${run}-empty`, body: '', status: 400 }),
  ];
}
