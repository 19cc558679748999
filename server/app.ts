import express, { type ErrorRequestHandler } from 'express';
import { existsSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import { join } from 'node:path';
import { Server } from 'socket.io';
import { exportRouter } from './http/exportRouter.js';
import { workshopsRouter } from './http/workshopsRouter.js';
import { attachSockets } from './socket/attachSockets.js';
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
}

export interface App {
  httpServer: HttpServer;
  io: AppServer;
  service: WorkshopService;
  themeEngine: ThemeEngine;
  close(): Promise<void>;
}

/** Builds the whole server without listening; main.ts listens, tests listen on port 0. */
export function createApp(deps: AppDeps): App {
  const logError = deps.logError ?? ((error: unknown) => console.error(error));
  const service = new WorkshopService({ store: deps.store, now: deps.now });
  const app = express();
  app.disable('x-powered-by');
  app.use('/api', exportRouter({ ...deps, service, io: () => io })); // before the 64 kb parser: imports are larger
  app.use(express.json({ limit: '64kb' }));

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use('/api', workshopsRouter(service, deps.publicUrl));
  app.use('/api', (_req, res) => {
    res.status(404).json({ ok: false, code: 'NOT_FOUND', message: 'no such endpoint' });
  });

  if (deps.clientDir && existsSync(join(deps.clientDir, 'index.html'))) {
    const index = join(deps.clientDir, 'index.html');
    app.use(express.static(deps.clientDir, { index: false, maxAge: '1h' }));
    // The client routes: every screen is the same single page.
    app.get(['/', '/f/:id', '/j/:code', '/b/:code'], (_req, res) => res.sendFile(index));
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
  });
  const themeEngine = deps.themeEngine ?? new ThemeEngine();
  attachSockets(io, service, themeEngine, logError);

  return {
    httpServer,
    io,
    service,
    themeEngine,
    async close() {
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await deps.cluster?.close();
      await deps.store.close();
    },
  };
}
