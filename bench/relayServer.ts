/**
 * The baseline: a bare Socket.IO relay with the same rooms as Otterboard and no storage,
 * no validation and no state. Whatever Otterboard adds on top shows as the ratio to this.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

const httpServer = createServer();
const io = new Server(httpServer);
let seq = 0;

io.on('connection', (socket) => {
  const room = String(socket.handshake.auth.code ?? 'room');
  socket.join(room);
  socket.emit('workshop:snapshot', { seq });
  socket.on('card:post', (payload: { id: string; text: string }, ack: (r: unknown) => void) => {
    const card = { id: payload.id, text: payload.text };
    ack({ ok: true, data: { card } });
    io.to(room).emit('workshop:event', { seq: ++seq, type: 'card.posted', card });
  });
});

httpServer.listen(Number(process.env.PORT ?? 0), () => {
  console.log(`listening on port ${(httpServer.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => io.close(() => process.exit(0)));
