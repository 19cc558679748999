import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { SqliteStore } from '../../server/store/SqliteStore.js';
import type { Archive } from '../../shared/export/archive.js';
import { replay } from '../../shared/evolve.js';
import { connectClient, connectError, type TestClient } from '../helpers/clients.js';
import { createWorkshop, startServer, type TestServer } from '../helpers/testServer.js';
import { fixtureDir, fixtureEvents, HOSTILE_TEXTS } from '../unit/export/fixture.js';
import { htmlText, parseCsv, readDocx, readXlsx } from '../unit/export/readBack.js';

let server: TestServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  for (const client of clients) client.close();
  await server.close();
});

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

function exportUrl(id: string, format: string) {
  return `${server.url}/api/workshops/${id}/export?format=${format}`;
}

async function importArchive(url: string, archive: unknown) {
  return fetch(`${url}/api/workshops/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(archive),
  });
}

function fixtureArchive(): Archive {
  const events = fixtureEvents();
  return {
    format: 'otterboard-archive',
    schemaVersion: 1,
    exportedAt: '2026-11-28T09:30:00.000Z',
    snapshot: replay(events)!,
    events,
  };
}

/** Ids, codes and export dates differ between two sessions with the same content. */
function comparable(archive: Archive) {
  const { id, code } = archive.snapshot.workshop;
  const text = JSON.stringify({ snapshot: archive.snapshot, events: archive.events })
    .replaceAll(id, '<id>')
    .replaceAll(code, '<code>');
  return JSON.parse(text) as unknown;
}

describe('export endpoint: who may download', () => {
  it('401 without a token, 403 with a wrong one, 404 for an unknown session, 400 for an unknown format', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Auth checks' });
    expect((await fetch(exportUrl(workshop.id, 'md'))).status).toBe(401);
    const basic = await fetch(exportUrl(workshop.id, 'md'), {
      headers: { authorization: 'Basic abc' },
    });
    expect(basic.status).toBe(401);
    const wrong = await fetch(exportUrl(workshop.id, 'csv'), { headers: auth('not-the-token') });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // Another session's facilitator token does not open this one.
    const other = await createWorkshop(server.url, { title: 'Other' });
    expect(
      (await fetch(exportUrl(workshop.id, 'json'), { headers: auth(other.facilitatorToken) }))
        .status,
    ).toBe(403);
    const unknown = await fetch(exportUrl('nosuchworkshop000001', 'md'), {
      headers: auth(workshop.facilitatorToken),
    });
    expect(unknown.status).toBe(404);
    const badFormat = await fetch(exportUrl(workshop.id, 'pdf'), {
      headers: auth(workshop.facilitatorToken),
    });
    expect(badFormat.status).toBe(400);
    expect(await badFormat.json()).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
  });

  it('answers each format with its content type and a file name from the title and date', async () => {
    const workshop = await createWorkshop(server.url, {
      title: 'A World of Powerful Partnerships',
    });
    const date = new Date().toISOString().slice(0, 10);
    const expected: Record<string, [string, string]> = {
      md: ['text/markdown; charset=utf-8', 'attachment'],
      csv: ['text/csv; charset=utf-8', 'attachment'],
      xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'attachment'],
      json: ['application/json; charset=utf-8', 'attachment'],
      docx: [
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'attachment',
      ],
      html: ['text/html; charset=utf-8', 'inline'],
    };
    for (const [format, [type, disposition]] of Object.entries(expected)) {
      const res = await fetch(exportUrl(workshop.id, format), {
        headers: auth(workshop.facilitatorToken),
      });
      expect(res.status, format).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('content-disposition')).toContain(
        `${disposition}; filename="a-world-of-powerful-partnerships-${date}.${format}"`,
      );
      expect(res.headers.get('cache-control')).toBe('no-store');
      await res.arrayBuffer();
    }
  });

  it('gives a non-Latin title a UTF-8 file name and an ASCII fallback', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Бібліотеки і партнерства' });
    const res = await fetch(exportUrl(workshop.id, 'md'), {
      headers: auth(workshop.facilitatorToken),
    });
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toMatch(
      /^бібліотеки-і-партнерства-\d{4}-\d{2}-\d{2}\.md$/,
    );
    await res.text();
  });
});

describe('cards posted live, hostile ones included, come out intact in every format', () => {
  it('md, csv, xlsx, docx, html and json', async () => {
    const workshop = await createWorkshop(server.url, {
      title: 'Hostile cards',
      groups: ['Table 1', 'Table 2'],
    });
    const ana = await connectClient(server.url, {
      role: 'participant',
      code: workshop.code,
      name: 'Ana',
      groupId: workshop.groups[0]!.id,
    });
    clients.push(ana);
    for (const [i, text] of HOSTILE_TEXTS.entries()) {
      const ack = await ana.socket
        .timeout(5000)
        .emitWithAck('card:post', { id: `h-${i}`, text, kind: 'finding', country: 'Moldova' });
      expect(ack, text).toMatchObject({ ok: true });
    }
    const get = (format: string) =>
      fetch(exportUrl(workshop.id, format), { headers: auth(workshop.facilitatorToken) });

    const md = await (await get('md')).text();
    for (const text of HOSTILE_TEXTS) expect(md).toContain(text);

    const csv = parseCsv((await (await get('csv')).text()).replace(/^\uFEFF/, ''));
    const column = csv[0]!.indexOf('text');
    for (const row of csv) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const csvTexts = csv.slice(1).map((r) => r[column]!.replace(/^'(?=[=+\-@])/, ''));
    for (const text of HOSTILE_TEXTS) expect(csvTexts).toContain(text);

    const book = readXlsx(new Uint8Array(await (await get('xlsx')).arrayBuffer()));
    expect(book.formulas).toBe(0);
    const cells = book.sheets.Cards!.flat().filter((c): c is string => typeof c === 'string');
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    for (const text of HOSTILE_TEXTS)
      expect(cells.map((c) => c.replace(/^'(?=[=+\-@])/, ''))).toContain(text);

    const docx = readDocx(new Uint8Array(await (await get('docx')).arrayBuffer()));
    for (const text of HOSTILE_TEXTS) expect(docx.lines.join('\n')).toContain(text);

    const htmlRes = await get('html');
    expect(htmlRes.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await htmlRes.text();
    expect(html).not.toMatch(/<script/i);
    for (const text of HOSTILE_TEXTS) expect(htmlText(html)).toContain(text);

    const archive = (await (await get('json')).json()) as Archive;
    expect(archive.snapshot.cards.map((c) => c.text)).toEqual(HOSTILE_TEXTS);
    expect(JSON.stringify(archive)).not.toMatch(/Hash"/);
  });
});

describe('archive import', () => {
  it('creates a new session that exports the same archive again (round trip)', async () => {
    const first = await importArchive(server.url, fixtureArchive());
    expect(first.status).toBe(201);
    const a = (await first.json()) as { id: string; code: string; facilitatorToken: string };
    expect(a).toMatchObject({ id: expect.any(String), code: expect.any(String) });
    expect(a.facilitatorToken.length).toBeGreaterThan(20);
    expect(a.id).not.toBe('ws-fixture-0000000001');

    const exportA = (await (
      await fetch(exportUrl(a.id, 'json'), { headers: auth(a.facilitatorToken) })
    ).json()) as Archive;
    expect(exportA.events).toHaveLength(fixtureEvents().length);
    expect(exportA.snapshot.workshop).toMatchObject({ id: a.id, code: a.code });
    expect(exportA.snapshot.cards).toHaveLength(28);

    // Import the export again: the third archive matches the second apart from ids and codes.
    const second = await importArchive(server.url, exportA);
    expect(second.status).toBe(201);
    const b = (await second.json()) as { id: string; code: string; facilitatorToken: string };
    expect(b.id).not.toBe(a.id);
    expect(b.code).not.toBe(a.code);
    const exportB = (await (
      await fetch(exportUrl(b.id, 'json'), { headers: auth(b.facilitatorToken) })
    ).json()) as Archive;
    expect(comparable(exportB)).toEqual(comparable(exportA));

    // The same content in every other format too.
    for (const format of ['md', 'csv', 'html']) {
      const [ta, tb] = await Promise.all(
        [a, b].map(async (w) =>
          (await fetch(exportUrl(w.id, format), { headers: auth(w.facilitatorToken) })).text(),
        ),
      );
      expect(tb, format).toBe(ta);
    }
    const md = await (
      await fetch(exportUrl(b.id, 'md'), { headers: auth(b.facilitatorToken) })
    ).text();
    expect(md).toContain('# A World of Powerful Partnerships');
    expect(md).toContain('- Creation of a library leadership development program (Ukraine)');

    // The imported session is live: its facilitator can connect with the new token; the old
    // token (none was ever in the archive) and the old id open nothing.
    const facilitator = await connectClient(server.url, {
      role: 'facilitator',
      workshopId: b.id,
      token: b.facilitatorToken,
    });
    clients.push(facilitator);
    expect(facilitator.state!.cards).toHaveLength(28);
    expect(
      (
        await connectError(server.url, {
          role: 'facilitator',
          workshopId: b.id,
          token: a.facilitatorToken,
        })
      ).message,
    ).toMatch(/UNAUTHORIZED|NOT_FOUND/);
    const join = await fetch(`${server.url}/api/join/${b.code}`);
    expect(join.status).toBe(200);
  });

  it('refuses what is not a whole archive with 400 INVALID_PAYLOAD', async () => {
    const good = fixtureArchive();
    const bad: unknown[] = [
      {},
      { ...good, format: 'something-else' },
      { ...good, schemaVersion: 2 },
      { ...good, events: [] },
      { ...good, events: good.events.slice(1) },
      { ...good, events: good.events.filter((e) => e.seq !== 12) },
      { ...good, events: [good.events[0], { ...good.events[1], type: 'no.suchEvent' }] },
      { ...good, events: [good.events[0], { ...good.events[12], card: { text: 'x' } }] },
      { ...good, events: [good.events[0], good.events[0]] },
      'a string',
    ];
    for (const body of bad) {
      const res = await importArchive(server.url, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(await res.json()).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    }
    const notJson = await fetch(`${server.url}/api/workshops/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"format": ',
    });
    expect(notJson.status).toBe(400);
  });

  it('takes archives larger than commands, up to a cap', async () => {
    const good = fixtureArchive();
    const padded = { ...good, padding: 'x'.repeat(200_000) };
    expect((await importArchive(server.url, padded)).status).toBe(201);
    const huge = { ...good, padding: 'x'.repeat(6 * 1024 * 1024) };
    expect((await importArchive(server.url, huge)).status).toBe(413);
  });

  it('drops any secret an archive carries', async () => {
    const archive = fixtureArchive();
    const created = { ...archive.events[0]!, facilitatorTokenHash: 'f'.repeat(64) };
    const res = await importArchive(server.url, {
      ...archive,
      events: [created, ...archive.events.slice(1)],
    });
    const imported = (await res.json()) as { id: string; facilitatorToken: string };
    const stored = await server.app.service.eventsSince(imported.id, 0);
    const first = stored[0] as { facilitatorTokenHash?: string };
    expect(first.facilitatorTokenHash).not.toBe('f'.repeat(64));
  });
});

describe('organizer: list and delete sessions', () => {
  let admin: { url: string; close: () => Promise<void> };
  const ADMIN = 'organizer-secret-token';

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'otterboard-admin-'));
    const app = createApp({
      store: SqliteStore.inDirectory(dataDir),
      logError: () => {},
      adminToken: ADMIN,
    });
    await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = app.httpServer.address() as AddressInfo;
    admin = {
      url: `http://127.0.0.1:${port}`,
      async close() {
        await app.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  });
  afterAll(() => admin.close());

  it('lists every session only with the admin token', async () => {
    const one = await createWorkshop(admin.url, { title: 'First session' });
    const two = await createWorkshop(admin.url, { title: 'Second session' });
    expect((await fetch(`${admin.url}/api/workshops`)).status).toBe(401);
    expect((await fetch(`${admin.url}/api/workshops`, { headers: auth('nope') })).status).toBe(403);
    expect(
      (await fetch(`${admin.url}/api/workshops`, { headers: auth(one.facilitatorToken) })).status,
    ).toBe(403);
    const res = await fetch(`${admin.url}/api/workshops`, { headers: auth(ADMIN) });
    expect(res.status).toBe(200);
    const { workshops } = (await res.json()) as { workshops: { id: string; title: string }[] };
    expect(workshops.map((w) => w.title).sort()).toEqual(['First session', 'Second session']);
    expect(workshops.find((w) => w.id === two.id)).toMatchObject({
      code: two.code,
      seq: 1,
      createdAt: expect.any(String),
      lastEventAt: expect.any(String),
    });
    // Without ADMIN_TOKEN on the server, there is no list at all.
    expect((await fetch(`${server.url}/api/workshops`, { headers: auth(ADMIN) })).status).toBe(403);
  });

  it('the admin token also exports any session; a summary for facilitator or admin', async () => {
    const w = await createWorkshop(admin.url, { title: 'Exported by the organizer' });
    const res = await fetch(`${admin.url}/api/workshops/${w.id}/export?format=md`, {
      headers: auth(ADMIN),
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('# Exported by the organizer');
    const summary = await fetch(`${admin.url}/api/workshops/${w.id}`, {
      headers: auth(w.facilitatorToken),
    });
    expect(await summary.json()).toMatchObject({
      id: w.id,
      title: 'Exported by the organizer',
      counts: { cards: 0, groups: 4 },
    });
    expect((await fetch(`${admin.url}/api/workshops/${w.id}`)).status).toBe(401);
  });

  it('deletes a session and all its data, with its facilitator token or the admin token', async () => {
    const w = await createWorkshop(admin.url, { title: 'To delete' });
    const board = await connectClient(admin.url, { role: 'board', code: w.code });
    clients.push(board);
    const closed = new Promise<string>((resolve) => board.socket.on('disconnect', resolve));
    expect((await fetch(`${admin.url}/api/workshops/${w.id}`, { method: 'DELETE' })).status).toBe(
      401,
    );
    expect(
      (await fetch(`${admin.url}/api/workshops/${w.id}`, { method: 'DELETE', headers: auth('x') }))
        .status,
    ).toBe(403);
    const del = await fetch(`${admin.url}/api/workshops/${w.id}`, {
      method: 'DELETE',
      headers: auth(w.facilitatorToken),
    });
    expect(del.status).toBe(204);
    expect(await closed).toBe('io server disconnect');
    expect(
      (await fetch(`${admin.url}/api/workshops/${w.id}/export?format=md`, { headers: auth(ADMIN) }))
        .status,
    ).toBe(404);
    expect((await fetch(`${admin.url}/api/join/${w.code}`)).status).toBe(404);
    const list = (await (
      await fetch(`${admin.url}/api/workshops`, { headers: auth(ADMIN) })
    ).json()) as { workshops: { id: string }[] };
    expect(list.workshops.map((x) => x.id)).not.toContain(w.id);

    const v = await createWorkshop(admin.url, { title: 'Deleted by the organizer' });
    expect(
      (
        await fetch(`${admin.url}/api/workshops/${v.id}`, {
          method: 'DELETE',
          headers: auth(ADMIN),
        })
      ).status,
    ).toBe(204);
    expect(
      (await fetch(`${admin.url}/api/workshops/${v.id}`, { headers: auth(ADMIN) })).status,
    ).toBe(404);
  });
});

it('the fixture archive on disk is the one the golden test writes', () => {
  const golden = JSON.parse(readFileSync(`${fixtureDir}expected/archive.json`, 'utf8')) as Archive;
  expect(golden.events).toEqual(fixtureEvents());
});
