// From request path to key (spec §A.3, §A.5): Go Kask's key-parser table plus the limit it lacked.
import { expect } from 'chai';
import { cleanPath, decodePath, escapePath, parseKey } from '../src/keys.js';

const BASE = '/sessions/v1/';
const parse = (rawPath: string, query = '') => parseKey(decodePath(rawPath)!, query, BASE, 255);

describe('kask key parsing', () => {
  // TestValidatingKeyParserMiddleware, row for row.
  const table: [string, string, { key: string } | { problem: string }][] = [
    ['/sessions/v1/cat', '', { key: 'cat' }],
    ['/sessions/v1/cat/dog', '', { problem: 'not_found' }],
    ['/sessions/v1/', '', { problem: 'not_found' }],
    ['/something/else', '', { problem: 'not_found' }],
    ['/sessions/v1/foo%3Fbar', '', { key: 'foo?bar' }],
    ['/sessions/v1/foo', 'bar', { problem: 'bad_request' }],
    ['/sessions/v1/cat%20dog', '', { key: 'cat dog' }],
  ];
  for (const [path, query, want] of table)
    it(`${path}${query ? `?${query}` : ''} → ${JSON.stringify(want)}`, () => expect(parse(path, query)).to.deep.equal(want));

  it('refuses a query string before it looks at the segments', () => expect(parse('/sessions/v1/', 'x=1')).to.deep.equal({ problem: 'bad_request' }));
  it('decodes %2F to / and so finds two segments (404)', () => expect(parse('/sessions/v1/a%2Fb')).to.deep.equal({ problem: 'not_found' }));
  it('keeps + literal', () => expect(parse('/sessions/v1/a+b')).to.deep.equal({ key: 'a+b' }));
  it('is case-sensitive', () => expect(parse('/sessions/v1/CaT')).to.deep.equal({ key: 'CaT' }));
  it('takes the first segment when the base URI appears twice (Go Kask quirk)', () =>
    expect(parse('/sessions/v1/x/sessions/v1/y')).to.deep.equal({ key: 'x' }));
  it('accepts a key of exactly max_key_bytes UTF-8 bytes and refuses one byte more', () => {
    expect(parseKey(BASE + 'é'.repeat(127) + 'a', '', BASE, 255)).to.deep.equal({ key: 'é'.repeat(127) + 'a' });
    expect(parseKey(BASE + 'é'.repeat(128), '', BASE, 255)).to.deep.equal({ problem: 'bad_request' });
  });

  it('decodes percent escapes, and refuses malformed ones and non-UTF-8 bytes', () => {
    expect(decodePath('/a%C3%A9')).to.equal('/aé');
    expect(decodePath('/a%zz')).to.equal(null);
    expect(decodePath('/a%ff')).to.equal(null);
    expect(decodePath('/a%')).to.equal(null);
  });

  const clean: [string, string][] = [
    ['/sessions/v1/cat', '/sessions/v1/cat'],
    ['/sessions/v1/./cat', '/sessions/v1/cat'],
    ['/sessions/v1/a/../cat', '/sessions/v1/cat'],
    ['/sessions//v1/cat', '/sessions/v1/cat'],
    ['/sessions/v1/', '/sessions/v1/'],
    ['/sessions/v1/a/../', '/sessions/v1/'],
    ['/../..', '/'],
    ['', '/'],
  ];
  for (const [given, want] of clean) it(`cleans ${given || '(empty)'} to ${want} (Go ServeMux)`, () => expect(cleanPath(given)).to.equal(want));

  it('re-escapes a clean path for Location, keeping / and the characters Go keeps', () => {
    expect(escapePath('/sessions/v1/a b?c#d')).to.equal('/sessions/v1/a%20b%3Fc%23d');
    expect(escapePath('/sessions/v1/k:1@x=y')).to.equal('/sessions/v1/k:1@x=y');
  });
});
