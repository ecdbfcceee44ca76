import { expect } from 'chai';
import type cassandra from 'cassandra-driver';
import { currentRows } from '../src/current-rows.js';

const rows = (...r: Record<string, unknown>[]) => r as unknown as cassandra.types.Row[];

describe('currentRows (spec §1.6: versions by _tid, deletions by _del)', () => {
  it('keeps the first (newest) version of each clustering key', () => {
    const got = currentRows(rows({ timestamp: 'a', v: 2 }, { timestamp: 'a', v: 1 }, { timestamp: 'b', v: 3 }), 'timestamp');
    expect(got.map((r) => r.v)).to.deep.equal([2, 3]);
  });
  it('drops a key whose newest version is a deletion, even when an older one is live', () => {
    const got = currentRows(rows({ timestamp: 'a', _del: 'x', v: 2 }, { timestamp: 'a', v: 1 }, { timestamp: 'b', v: 3 }), 'timestamp');
    expect(got.map((r) => r.v)).to.deep.equal([3]);
  });
  it('without a key, the partition is one key: the newest row or nothing', () => {
    expect(currentRows(rows({ v: 2 }, { v: 1 })).map((r) => r.v)).to.deep.equal([2]);
    expect(currentRows(rows({ _del: 'x', v: 2 }, { v: 1 }))).to.deep.equal([]);
    expect(currentRows(rows())).to.deep.equal([]);
  });
});
