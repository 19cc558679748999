import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { SqliteStore } from '../../server/store/SqliteStore.js';
import type { ClientToServerEvents } from '../../shared/protocol.js';
import { TestClient } from '../helpers/clients.js';
import { builtClient } from './builtClient.js';

/**
 * What every browser test needs, set up the way liveLoop.test.ts does it: the client built
 * once into a temporary folder, the real server on port 0 with its own SQLite store, Debian's
 * Chromium, and helpers for phone and projector pages, screenshots and a facilitator that
 * steers through real socket commands.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SCREENS = join(process.cwd(), 'test-results', 'screens');

export const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} as const;
/** A projector; reduced motion keeps screenshots free of half-finished arrival animations. */
export const PROJECTOR = {
  viewport: { width: 1920, height: 1080 },
  reducedMotion: 'reduce',
} as const;

if (!hasChromium) {
  console.warn(
    `[e2e] Chromium not found at ${CHROMIUM}: skipping browser tests. ` +
      "install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH",
  );
}

export interface Harness {
  baseUrl: string;
  browser: Browser;
  open(options?: Parameters<Browser['newContext']>[0]): Promise<Page>;
  shot(page: Page, name: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

/**
 * A harness for one test file: started before its tests, closed after them (after `beforeClose`,
 * for what the file opened itself). Its fields are filled in once the harness has started.
 */
export function useHarness(beforeClose?: () => void): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    Object.assign(h, await startHarness());
  }, 180_000);
  afterAll(async () => {
    beforeClose?.();
    await h.close?.();
  }, 60_000);
  return h;
}

export async function startHarness(): Promise<Harness> {
  const workDir = await mkdtemp(join(tmpdir(), 'otterboard-e2e-'));
  const clientDir = await builtClient();
  const app: App = createApp({
    store: SqliteStore.inDirectory(join(workDir, 'data')),
    clientDir,
    logError: () => {},
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await mkdir(SCREENS, { recursive: true });
  const contexts: BrowserContext[] = [];
  return {
    baseUrl,
    browser,
    async open(options = {}) {
      const context = await browser.newContext({ baseURL: baseUrl, locale: 'en-GB', ...options });
      contexts.push(context);
      return context.newPage();
    },
    async shot(page, name, fullPage = true) {
      await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage });
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close().catch(() => {});
      await app.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

export interface Created {
  id: string;
  code: string;
  facilitatorToken: string;
  facilitatorUrl: string;
  groups: { id: string; name: string; color: string }[];
}

export async function createSession(baseUrl: string, body: object): Promise<Created> {
  const res = await fetch(`${baseUrl}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Created;
}

type Name = Exclude<keyof ClientToServerEvents, 'card:post' | 'workshop:sync'>;

/** A facilitator on a real socket: every command must be acknowledged with ok. */
export async function facilitatorClient(baseUrl: string, created: Created) {
  const client = await new TestClient(baseUrl, {
    role: 'facilitator',
    workshopId: created.id,
    token: created.facilitatorToken,
  }).ready();
  const command = async (name: Name, payload: unknown): Promise<unknown> => {
    const timed = client.socket.timeout(10_000) as unknown as {
      emitWithAck(
        n: string,
        p: unknown,
      ): Promise<{
        ok: boolean;
        code?: string;
        message?: string;
        data?: unknown;
      }>;
    };
    const reply = await timed.emitWithAck(name, payload);
    if (!reply.ok) throw new Error(`${name} refused: ${reply.code} ${reply.message}`);
    return reply.data;
  };
  return { client, command };
}

/** Joins from a phone page: name, optional group already chosen by the link, connected. */
export async function joinAs(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).tap();
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
}
