import compression from 'compression';
import express, { type ErrorRequestHandler, type Request } from 'express';
import { existsSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import { join } from 'node:path';
import { Server } from 'socket.io';
import { clientAddress } from './clientAddress.js';
import { exportRouter } from './http/exportRouter.js';
import { securityHeaders } from './http/securityHeaders.js';
import { throttle } from './http/throttle.js';
import { workshopsRouter } from './http/workshopsRouter.js';
import { Limiters, type RateLimits } from './limits.js';
import { allowOrigin } from './socket/allowOrigin.js';
import { startRetention } from './retention.js';
import { attachSockets } from './socket/attachSockets.js';
import { Lifecycle } from './socket/gate.js';
import { ThemeEngine } from './themes/ThemeEngine.js';
import type { AppServer } from './socket/types.js';
import type { Store } from './store/Store.js';
import type { ClusterAdapter } from './redisAdapter.js';
import { WorkshopService } from './WorkshopService.js';

export interface AppDeps {
  store: Store;
  /** The built client (vite build output); omitted in tests that need only the API. */
  clientDir?: string;
  /** Base of the links handed out, when the server sits behind a proxy. */
  publicUrl?: string;
  now?: () => Date;
  logError?: (error: unknown) => void;
  /** ADMIN_TOKEN: its bearer may list, export and delete every session (off when unset). */
  adminToken?: string;
  /** Clustering for live placement and suggestions; the default loads the bundled word vectors. */
  themeEngine?: ThemeEngine;
  /** Socket.IO's cross-node adapter (Redis Streams when REDIS_URL is set); closed with the app. */
  cluster?: ClusterAdapter;
  /** Per-socket and per-address budgets; the defaults suit a real room (see limits.ts). */
  rateLimits?: Partial<RateLimits>;
  /** ALLOWED_ORIGINS: other origins whose pages may open a socket (besides this one and PUBLIC_URL). */
  allowedOrigins?: string[];
  /** TRUST_PROXY: take the client's address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy?: boolean;
  /** RETENTION_DAYS: sessions with no change for this many days are deleted (off when unset). */
  retentionDays?: number;
}

export interface App {
  httpServer: HttpServer;
  io: AppServer;
  service: WorkshopService;
  themeEngine: ThemeEngine;
  close(): Promise<void>;
  /**
   * SIGTERM: stops taking connections and commands (new ones are told the server is
   * restarting), lets the commands in flight finish and become durable, tells every screen
   * (`workshop:notice` SHUTTING_DOWN), closes the sockets (clients reconnect on their own),
   * then the store. Resolves when all of that is done.
   */
  shutdown(options?: { graceMs?: number }): Promise<void>;
}

/** Builds the whole server without listening; main.ts listens, tests listen on port 0. */
export function createApp(deps: AppDeps): App {
  const logError = deps.logError ?? ((error: unknown) => console.error(error));
  const service = new WorkshopService({ store: deps.store, now: deps.now });
  const trustProxy = deps.trustProxy ?? false;
  const limiters = new Limiters(deps.rateLimits);
  const lifecycle = new Lifecycle(limiters, (socket) =>
    clientAddress(socket.conn.remoteAddress, socket.handshake.headers, trustProxy),
  );
  const app = express();
  app.disable('x-powered-by');
  if (trustProxy) app.set('trust proxy', true);
  app.use(securityHeaders(deps.publicUrl));
  const addressOf = (req: Request) =>
    clientAddress(req.socket.remoteAddress, req.headers, trustProxy);
  // An import makes a session too (from up to 5 MB): the same per-address budget as creating one.
  app.post('/api/workshops/import', throttle(limiters, 'workshopsPerAddress', addressOf));
  app.use('/api', exportRouter({ ...deps, service, io: () => io })); // before the 64 kb parser: imports are larger
  app.use(express.json({ limit: '64kb' }));

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use('/api', workshopsRouter(service, deps.publicUrl, { limiters, addressOf }));
  app.use('/api', (_req, res) => {
    res.status(404).json({ ok: false, code: 'NOT_FOUND', message: 'no such endpoint' });
  });

  if (deps.clientDir && existsSync(join(deps.clientDir, 'index.html'))) {
    const index = join(deps.clientDir, 'index.html');
    // Phones on venue Wi-Fi: the client's scripts travel gzipped.
    app.use(compression());
    app.use(express.static(deps.clientDir, { index: false, maxAge: '1h' }));
    // The client routes: every screen is the same single page.
    app.get(['/', '/f/:id', '/j/:code', '/b/:code', '/organizer'], (_req, res) =>
      res.sendFile(index),
    );
  }

  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = (error as { status?: number }).status;
    if (status && status < 500) {
      res
        .status(status)
        .json({ ok: false, code: 'INVALID_PAYLOAD', message: 'the request could not be read' });
      return;
    }
    logError(error);
    res
      .status(500)
      .json({ ok: false, code: 'INTERNAL', message: 'something went wrong on the server' });
  };
  app.use(onError);

  const httpServer = createServer(app);
  const io: AppServer = new Server(httpServer, {
    maxHttpBufferSize: 64 * 1024,
    adapter: deps.cluster?.adapter,
    allowRequest: allowOrigin([
      ...(deps.publicUrl ? [deps.publicUrl] : []),
      ...(deps.allowedOrigins ?? []),
    ]),
  });
  const themeEngine = deps.themeEngine ?? new ThemeEngine();
  attachSockets(io, service, themeEngine, logError, lifecycle, deps.cluster !== undefined);
  const stopRetention = deps.retentionDays
    ? startRetention(
        { store: deps.store, service, io, days: deps.retentionDays, now: deps.now },
        logError,
      )
    : () => {};

  async function close(): Promise<void> {
    stopRetention();
    await new Promise<void>((resolve) => io.close(() => resolve()));
    await deps.cluster?.close();
    await deps.store.close();
  }

  return {
    httpServer,
    io,
    service,
    themeEngine,
    close,
    async shutdown({ graceMs = 10_000 } = {}) {
      lifecycle.closing = true;
      httpServer.close(); // no new connections; open ones stay until io.close below
      const drained = (async () => {
        await lifecycle.idle();
        await service.settled();
        // Broadcasts go out on the tick after their ack (attachSockets): let them leave.
        await new Promise((resolve) => setImmediate(resolve));
      })();
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise((resolve) => (timer = setTimeout(resolve, graceMs)));
      await Promise.race([drained, grace]);
      clearTimeout(timer);
      // This node's screens only: with REDIS_URL the other nodes keep serving.
      io.local.emit('workshop:notice', {
        code: 'SHUTTING_DOWN',
        message: 'The server is restarting. Reconnecting shortly; nothing you sent is lost.',
      });
      await close();
      httpServer.closeAllConnections();
    },
  };
}
