// The problem bodies byte for byte (spec §A.7), written out here by hand so the encoder is checked.
import { expect } from 'chai';
import { goIndentedJson, problemBody } from '../src/problems.js';
import { BAD_REQUEST, NOT_AUTHORIZED, NOT_FOUND, SERVER_ERROR } from './harness.js';

describe('kask problem bodies', () => {
  it('match Go Kask for each kind', () => {
    expect(problemBody('not_found', '/sessions/v1/cat')).to.equal(
      '{\n  "type": "https://www.mediawiki.org/wiki/Kask/errors/not_found",\n  "title": "Not found",\n  "detail": "The value you requested was not found",\n  "instance": "/sessions/v1/cat"\n}\n',
    );
    expect(problemBody('bad_request', '/x')).to.equal(BAD_REQUEST('/x'));
    expect(problemBody('not_authorized', '/x')).to.equal(NOT_AUTHORIZED('/x'));
    expect(problemBody('server_error', '/x')).to.equal(SERVER_ERROR('/x'));
    expect(problemBody('not_found', '/x')).to.equal(NOT_FOUND('/x'));
  });

  it('escapes <, >, & and U+2028/2029 as Go does', () => {
    expect(problemBody('not_found', '/v1/<a href="x">&</a>\u2028')).to.contain(
      '"instance": "/v1/\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e\\u2028"',
    );
  });

  it('writes \\b and \\f as Go 1.19 did, and leaves an escaped backslash followed by b alone', () => {
    expect(goIndentedJson('\b\f')).to.equal('"\\u0008\\u000c"');
    expect(goIndentedJson('\\b')).to.equal('"\\\\b"');
    expect(goIndentedJson('\\\b')).to.equal('"\\\\\\u0008"');
  });
});
