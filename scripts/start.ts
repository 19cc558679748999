// `npm start`: builds the client when its sources are newer than the last build (a fresh clone,
// or after a change), then runs the server. A restart after a crash is then a matter of a second.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist', 'client', 'index.html');

/** The newest modification time of the files the client is built from. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), 0);
}

const sources = ['client', 'shared', 'vite.config.ts', 'package-lock.json'].map((p) =>
  join(root, p),
);
const stale =
  !existsSync(built) ||
  Math.max(...sources.filter(existsSync).map(newest)) > statSync(built).mtimeMs;
if (stale) {
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import('../server/main.js');
