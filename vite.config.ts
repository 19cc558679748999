import react from '@vitejs/plugin-react';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repoRoot = dirname(fileURLToPath(import.meta.url));
const serverPort = Number(process.env.OTTERBOARD_SERVER_PORT ?? 3000);
const server = `http://localhost:${serverPort}`;

export default defineConfig({
  // The browser app lives in client/; shared/ is imported from one level up.
  root: resolve(repoRoot, 'client'),
  plugins: [react()],
  build: {
    outDir: resolve(repoRoot, 'dist/client'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': server,
      '/healthz': server,
      '/socket.io': { target: server, ws: true },
    },
    fs: { allow: [repoRoot] },
  },
});
