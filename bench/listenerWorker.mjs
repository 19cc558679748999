// A worker thread of passive phones for bench/fanout.ts: they join and count what they
// receive, so the harness itself is not the bottleneck when 1,000 phones hear every card.
import { parentPort, workerData } from 'node:worker_threads';
import { io } from 'socket.io-client';

const { url, code, first, count } = workerData;
const received = new Array(count).fill(0);
const sockets = [];

async function connect(i) {
  return new Promise((resolve, reject) => {
    const socket = io(url, {
      auth: { role: 'participant', code, name: `phone ${first + i}` },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    socket.once('workshop:snapshot', () => resolve(socket));
    socket.once('connect_error', reject);
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
  if (message === 'report') parentPort.postMessage({ type: 'report', received });
  if (message === 'close') {
    for (const s of sockets) s.close();
    parentPort.postMessage({ type: 'closed' });
  }
});
