// A worker thread of passive phones for the benchmarks: they join, count the cards they hear
// and the snapshots they get (one per (re)connection), so the harness itself is not the
// bottleneck when a thousand phones hear every card.
import { parentPort, workerData } from 'node:worker_threads';
import { io } from 'socket.io-client';

const { url, codes, first, count, reconnect = false } = workerData;
const received = new Array(count).fill(0);
const snapshots = new Array(count).fill(0);
const tokens = new Array(count).fill(undefined);
const sockets = [];

function connect(i) {
  return new Promise((resolve, reject) => {
    const socket = io(url, {
      // A function, so a reconnecting phone comes back as the same participant.
      // Phones spread over the sessions in turn.
      auth: (cb) =>
        cb({
          role: 'participant',
          code: codes[(first + i) % codes.length],
          name: `phone ${first + i}`,
          participantToken: tokens[i],
        }),
      transports: ['websocket'],
      reconnection: reconnect,
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000,
      forceNew: true,
    });
    socket.once('workshop:snapshot', () => resolve(socket));
    socket.once('connect_error', (error) => {
      if (!reconnect) reject(error);
    });
    socket.on('workshop:snapshot', (snapshot) => {
      snapshots[i]++;
      tokens[i] ??= snapshot.me?.participantToken;
    });
    socket.on('workshop:event', (event) => {
      if (event.type === 'card.posted') received[i]++;
    });
  });
}

for (let i = 0; i < count; i += 25) {
  const batch = Array.from({ length: Math.min(25, count - i) }, (_, j) => connect(i + j));
  sockets.push(...(await Promise.all(batch)));
}
parentPort.postMessage({ type: 'ready' });
parentPort.on('message', (message) => {
  if (message === 'report') {
    const connected = sockets.filter((s) => s.connected).length;
    parentPort.postMessage({ type: 'report', received, snapshots, connected });
  }
  if (message === 'close') {
    for (const s of sockets) s.close();
    parentPort.postMessage({ type: 'closed' });
  }
});
