import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/app.js';
import type { Store } from '../../server/store/Store.js';
import { connectClient, connectError, type TestClient } from '../helpers/clients.js';
import { send } from '../helpers/room.js';
import { createWorkshop, startServer, type TestServer } from '../helpers/testServer.js';

let server: TestServer | undefined;
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server?.close();
  server = undefined;
});

async function start(deps: Partial<AppDeps> = {}): Promise<TestServer> {
  server = await startServer({ deps });
  return server;
}

async function connect(auth: Parameters<typeof connectClient>[1]): Promise<TestClient> {
  const client = await connectClient(server!.url, auth);
  clients.push(client);
  return client;
}

describe('rate limits', () => {
  it('a socket that sends too much is answered RATE_LIMITED; its neighbours are not', async () => {
    const { url } = await start({ rateLimits: { commandsPerSocket: { points: 5, seconds: 600 } } });
    const workshop = await createWorkshop(url);
    const noisy = await connect({ role: 'participant', code: workshop.code, name: 'Noisy' });
    const calm = await connect({ role: 'participant', code: workshop.code, name: 'Calm' });
    const acks = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        send(noisy.socket, 'card:post', { id: `n${i}`, text: 'hi' }),
      ),
    );
    expect(acks.filter((a) => a.ok)).toHaveLength(5);
    const refused = acks.filter((a) => !a.ok);
    expect(refused).toHaveLength(3);
    for (const ack of refused) {
      expect(ack).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
      expect((ack as { message: string }).message).toMatch(/try again in \d+ s/);
    }
    // Junk counts too, so a flood of bad payloads is limited like good ones.
    expect(await send(noisy.socket, 'card:post', 42)).toMatchObject({ code: 'RATE_LIMITED' });
    expect(await send(calm.socket, 'card:post', { id: 'calm', text: 'fine' })).toMatchObject({
      ok: true,
    });
    const live = await server!.app.service.get(workshop.id);
    expect(live!.state.cards.map((c) => c.id).sort()).toEqual([
      'calm',
      'n0',
      'n1',
      'n2',
      'n3',
      'n4',
    ]);
  });

  it('one address has a ceiling over all its sockets', async () => {
    const { url } = await start({
      rateLimits: { commandsPerAddress: { points: 6, seconds: 600 } },
    });
    const workshop = await createWorkshop(url);
    const a = await connect({ role: 'participant', code: workshop.code, name: 'A' });
    const b = await connect({ role: 'participant', code: workshop.code, name: 'B' });
    const acks = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        send((i % 2 ? a : b).socket, 'card:post', { id: `c${i}`, text: 'hi' }),
      ),
    );
    expect(acks.filter((x) => x.ok)).toHaveLength(6);
    expect(acks.filter((x) => !x.ok && x.code === 'RATE_LIMITED')).toHaveLength(4);
  });

  it('the defaults let 40 phones behind one venue address flush 30 cards each at once', async () => {
    const { url } = await start();
    const workshop = await createWorkshop(url, { title: 'Venue', groupCount: 7 });
    const phones = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        connect({ role: 'participant', code: workshop.code, name: `phone ${i}` }),
      ),
    );
    const acks = await Promise.all(
      phones.flatMap((phone, p) =>
        Array.from({ length: 30 }, (_, n) =>
          send(phone.socket, 'card:post', { id: `v${p}-${n}`, text: `outbox card ${n}` }, 20_000),
        ),
      ),
    );
    expect(acks.filter((a) => !a.ok)).toEqual([]);
  }, 30_000);

  it('J4 an address that keeps naming unknown sessions is refused for a while, by socket and by REST', async () => {
    const { url } = await start({
      rateLimits: { failedJoinsPerAddress: { points: 3, seconds: 600 } },
    });
    const workshop = await createWorkshop(url);
    for (const code of ['ZZZZZ2', 'ZZZZZ3']) {
      const error = await connectError(url, { role: 'participant', code, name: 'guess' });
      expect(error.data?.code).toBe('NOT_FOUND');
    }
    expect((await fetch(`${url}/api/join/ZZZZZ4`)).status).toBe(404);
    // Three failures: now even the right code is refused, so guessing learns nothing.
    const blocked = await connectError(url, {
      role: 'participant',
      code: workshop.code,
      name: 'x',
    });
    expect(blocked.data?.code).toBe('RATE_LIMITED');
    expect(blocked.message).toMatch(/too many requests/);
    const rest = await fetch(`${url}/api/join/${workshop.code}`);
    expect(rest.status).toBe(429);
    expect(await rest.json()).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    const facilitator = await connectError(url, {
      role: 'facilitator',
      workshopId: workshop.id,
      token: workshop.facilitatorToken,
    });
    expect(facilitator.data?.code).toBe('RATE_LIMITED');
  });

  it('wrong facilitator tokens count as guesses too', async () => {
    const { url } = await start({
      rateLimits: { failedJoinsPerAddress: { points: 2, seconds: 600 } },
    });
    const workshop = await createWorkshop(url);
    for (let i = 0; i < 2; i++) {
      const error = await connectError(url, {
        role: 'facilitator',
        workshopId: workshop.id,
        token: `guess-${i}`,
      });
      expect(error.data?.code).toBe('UNAUTHORIZED');
    }
    const error = await connectError(url, { role: 'board', code: workshop.code });
    expect(error.data?.code).toBe('RATE_LIMITED');
  });

  it('POST /api/workshops is throttled per address', async () => {
    const { url } = await start({
      rateLimits: { workshopsPerAddress: { points: 2, seconds: 600 } },
    });
    await createWorkshop(url);
    await createWorkshop(url);
    const res = await fetch(`${url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'One too many' }),
    });
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    // Importing an archive makes a session too: the same budget.
    const imported = await fetch(`${url}/api/workshops/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ not: 'an archive' }),
    });
    expect(imported.status).toBe(429);
  });
});

describe('boundaries', () => {
  const origin = (
    url: string,
    headers: Record<string, string>,
    transport: 'websocket' | 'polling',
  ) =>
    new Promise<'connected' | 'refused'>((resolve) => {
      const socket = io(url, {
        auth: { role: 'board', code: 'ZZZZZZ' },
        transports: [transport],
        extraHeaders: headers,
        reconnection: false,
        forceNew: true,
      });
      // A refused Origin fails before the handshake middleware runs (a transport error);
      // an accepted one reaches the middleware, which refuses the unknown code by name.
      socket.on('connect_error', (error: Error & { data?: { code?: string } }) => {
        socket.close();
        resolve(error.data?.code === 'NOT_FOUND' ? 'connected' : 'refused');
      });
    });

  it('sockets from pages of other origins are refused; same origin, ALLOWED_ORIGINS and programs are not', async () => {
    const { url } = await start({ allowedOrigins: ['https://board.example.org'] });
    for (const transport of ['websocket', 'polling'] as const) {
      expect(await origin(url, { origin: 'https://evil.example' }, transport)).toBe('refused');
      expect(await origin(url, { origin: 'null' }, transport)).toBe('refused');
      expect(await origin(url, { origin: url }, transport)).toBe('connected');
      expect(await origin(url, { origin: 'https://board.example.org' }, transport)).toBe(
        'connected',
      );
      expect(await origin(url, {}, transport)).toBe('connected');
    }
  });

  it('security headers: a content security policy, no sniffing, no framing, no referrer', async () => {
    const { url } = await start();
    const res = await fetch(`${url}/healthz`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('a frame over 64 KB closes that connection only; the server keeps serving', async () => {
    const { url } = await start();
    const workshop = await createWorkshop(url);
    const big = await connect({ role: 'participant', code: workshop.code, name: 'Big' });
    const other = await connect({ role: 'participant', code: workshop.code, name: 'Other' });
    const closed = new Promise<string>((resolve) => big.socket.once('disconnect', resolve));
    big.socket.emit('card:post', { id: 'big', text: 'x'.repeat(70 * 1024) }, () => {});
    expect(await closed).toBe('transport close');
    expect(await send(other.socket, 'card:post', { id: 'ok', text: 'still here' })).toMatchObject({
      ok: true,
    });
    const live = await server!.app.service.get(workshop.id);
    expect(live!.state.cards.map((c) => c.id)).toEqual(['ok']);
  });

  it('L4 prototype-pollution keys in a valid payload are dropped, not applied', async () => {
    const { url } = await start();
    const workshop = await createWorkshop(url);
    const phone = await connect({ role: 'participant', code: workshop.code, name: 'P' });
    const payload = JSON.parse(
      '{"id":"p1","text":"hello","__proto__":{"polluted":"yes","authorId":"someone"},"authorId":"someone","themeId":"x"}',
    );
    const ack = await send(phone.socket, 'card:post', payload);
    expect(ack.ok).toBe(true);
    const card = (ack as { data: { card: Record<string, unknown> } }).data.card;
    expect(card.authorId).toBe(phone.snapshot!.me!.id);
    expect(card.themeId).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('no dangerouslySetInnerHTML anywhere in the client', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (name === 'node_modules') continue;
        if (statSync(path).isDirectory()) walk(path);
        else if (
          /\.(tsx?|jsx?|html)$/.test(name) &&
          readFileSync(path, 'utf8').includes('dangerouslySetInnerHTML')
        )
          offenders.push(path);
      }
    };
    walk(join(process.cwd(), 'client'));
    expect(offenders).toEqual([]);
  });
});

describe('secrets', () => {
  it('L5 tokens are 256 random bits, kept only as hashes; links carry them in the fragment', async () => {
    const { url, dataDir } = await start();
    const res = await fetch(`${url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Secrets' }),
    });
    const created = (await res.json()) as {
      id: string;
      code: string;
      facilitatorToken: string;
      facilitatorUrl: string;
    };
    expect(created.facilitatorToken).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes, base64url
    const link = new URL(created.facilitatorUrl);
    expect(link.search).toBe('');
    expect(link.hash).toBe(`#token=${created.facilitatorToken}`);
    const phone = await connect({ role: 'participant', code: created.code, name: 'P' });
    const participantToken = phone.snapshot!.me!.participantToken;
    expect(participantToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await send(phone.socket, 'card:post', { id: 'c', text: 'flush' });
    const facilitator = await connect({
      role: 'facilitator',
      workshopId: created.id,
      token: created.facilitatorToken,
    });
    const link2 = (await send(facilitator.socket, 'facilitator:createLink', { label: 'Co' })) as {
      data: { token: string };
    };

    // Nothing on disk holds a raw token (SQLite file and its WAL).
    const disk = readdirSync(dataDir)
      .map((f) => readFileSync(join(dataDir, f)).toString('latin1'))
      .join('');
    expect(disk.length).toBeGreaterThan(0);
    for (const token of [created.facilitatorToken, participantToken, link2.data.token]) {
      expect(disk).not.toContain(token);
    }
    // Nor does anything other screens receive: snapshots and events carry no hashes.
    const board = await connect({ role: 'board', code: created.code });
    expect(JSON.stringify(board.snapshot)).not.toMatch(/[0-9a-f]{64}/);
    expect(JSON.stringify(facilitator.snapshot)).not.toMatch(/[0-9a-f]{64}/);
  });

  it('error logs never include handshake auth or tokens', async () => {
    const logged: string[] = [];
    const capture = (...args: unknown[]) =>
      logged.push(
        args
          .map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : JSON.stringify(a)))
          .join(' '),
      );
    const fire = async (): Promise<never> => {
      throw new Error('disk on fire');
    };
    const broken: Store = {
      append: fire,
      load: fire,
      findWorkshopIdByCode: fire,
      listWorkshops: fire,
      deleteWorkshop: fire,
      close: async () => {},
    };
    const original = console.error;
    console.error = capture;
    try {
      const { url } = await start({ store: broken, logError: capture });
      const token = 'secret-token-that-must-not-be-logged';
      const facilitator = await connectError(url, {
        role: 'facilitator',
        workshopId: 'abc',
        token,
      });
      expect(facilitator.data?.code).toBe('INTERNAL');
      const participant = await connectError(url, {
        role: 'participant',
        code: 'ABCDEF',
        name: 'n',
        participantToken: token,
      });
      expect(participant.data?.code).toBe('INTERNAL');
      expect(logged.length).toBeGreaterThan(0);
      expect(logged.join('\n')).not.toContain(token);
    } finally {
      console.error = original;
    }
  });
});
