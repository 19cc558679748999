import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { ServerOptions } from 'socket.io';

/** Socket.IO's cross-node adapter and how to let go of its Redis connection. */
export interface ClusterAdapter {
  adapter: ServerOptions['adapter'];
  close(): Promise<void>;
}

/**
 * Socket.IO's Redis Streams adapter: every `io.to(room).emit` also reaches the sockets in that
 * room on every other node connected to the same Redis. The adapter duplicates this client for
 * its blocking stream reads and its pub/sub; it closes those itself when `io` closes.
 */
export async function connectRedisAdapter(url: string): Promise<ClusterAdapter> {
  const client = createClient({ url });
  // Without a listener a lost connection would crash the process; the client reconnects itself.
  client.on('error', (error: Error) => console.error('redis:', error.message));
  await client.connect();
  return {
    adapter: createAdapter(client),
    async close() {
      if (client.isOpen) await client.close();
    },
  };
}
