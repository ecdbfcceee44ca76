// Which driver errors mean "the store cannot answer now" (a 503 for AQS services).
import { expect } from 'chai';
import cassandra from 'cassandra-driver';
import { isUnavailableError } from '../src/cassandra.js';

describe('isUnavailableError', () => {
  it('is true for a connection closed under a query in flight', () => {
    // What the driver throws: DriverError('Socket was closed') with isSocketError set.
    const err = Object.assign(new Error('Socket was closed'), { isSocketError: true });
    Object.setPrototypeOf(err, cassandra.errors.DriverError.prototype);
    expect(isUnavailableError(err)).to.equal(true);
  });
  it('is true for no host available and for a timeout', () => {
    expect(isUnavailableError(new cassandra.errors.NoHostAvailableError({}))).to.equal(true);
    expect(isUnavailableError(new cassandra.errors.OperationTimedOutError('slow'))).to.equal(true);
  });
  it('is false for a bad query and for a plain error', () => {
    expect(isUnavailableError(new cassandra.errors.ResponseError(cassandra.types.responseErrorCodes.syntaxError, 'bad'))).to.equal(false);
    expect(isUnavailableError(new Error('boom'))).to.equal(false);
  });
});
