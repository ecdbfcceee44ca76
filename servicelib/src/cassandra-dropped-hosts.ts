// A cassandra-driver 4.10 leak, worked around. When the control connection has lost every node and
// starts over from the contact points, it builds a new Host for the same address and drops the old
// one from the client's host map (emitting hostRemove) without shutting it down. The old one is still
// the one its token map routes to, so it goes on serving (it must not be shut down then), but
// client.shutdown() no longer sees it: its pool and timers would outlive the client and keep the
// process from exiting by itself. So the hosts dropped that way are remembered and shut down after
// the client.
import type cassandra from 'cassandra-driver';

/** The part of the driver's (untyped, internal) Host this needs. */
interface DriverHost {
  shutdown(waitForPending: boolean): Promise<void>;
  pool?: { isClosing(): boolean };
}

/** Returns what shuts the dropped hosts down; call it after client.shutdown(). */
export function trackDroppedHosts(client: cassandra.Client): () => Promise<void> {
  const dropped = new Set<DriverHost>();
  client.on('hostRemove', (host: DriverHost) => {
    // A node that left the cluster is shut down by the driver before it is removed: nothing to keep.
    if (!host.pool?.isClosing()) dropped.add(host);
  });
  return async () => {
    await Promise.all([...dropped].map((host) => host.shutdown(false).catch(() => undefined)));
    dropped.clear();
  };
}
