import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandSchemas, HandshakeAuthSchema, type CommandName } from '../../shared/schemas.js';
import { connectError, type TestClient } from '../helpers/clients.js';
import { closeAll, commandCases, send, setUpRoom, type Room } from '../helpers/room.js';
import { startServer, type TestServer } from '../helpers/testServer.js';

/**
 * Property-based tests (fast-check): malformed payloads at every command name — wrong types,
 * strings past every cap, nested junk, prototype-pollution keys, missing fields, non-objects.
 * Each one is answered `{ok:false, code:'INVALID_PAYLOAD'}`, nothing changes (the log's seq
 * stays), Object.prototype stays clean, and the server keeps serving. Seeded; a failure
 * prints its seed and the shrunk payload.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20240611);
const RUNS_PER_COMMAND = 30;
/** Event names no handler listens to, some of them Object.prototype's. */
const OTHER_EVENTS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'admin:wipe',
  'card:post ',
  '',
];

const specialKeys = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
);
const key = fc.oneof(fc.string({ maxLength: 12 }), specialKeys);
/** Any JSON-ish value, with dangerous keys, nesting and odd objects. */
const junk = fc.anything({
  maxDepth: 4,
  maxKeys: 6,
  key,
  withNullPrototype: true,
  withObjectString: true,
  withBoxedValues: true,
  withSparseArray: true,
});
/**
 * Strings past every cap (card text 1000, names 40, ids 64), still under the 64 KB frame limit
 * (a larger frame closes the connection instead: see security.test.ts).
 */
const huge = fc
  .tuple(fc.integer({ min: 1001, max: 40_000 }), fc.constantFrom('x', ' ', 'é', '🦦', '<script>'))
  .map(([n, ch]) => {
    const bytes = Buffer.byteLength(ch);
    return ch.repeat(Math.min(Math.ceil(n / ch.length), Math.floor(40_000 / bytes)));
  });
const deep = fc.integer({ min: 20, max: 200 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { nested: value };
  return value;
});
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 20 }),
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.object({ maxDepth: 1 }),
);
const pollution = fc
  .constantFrom(
    '{"__proto__":{"polluted":"yes"}}',
    '{"constructor":{"prototype":{"polluted":"yes"}}}',
    '{"__proto__":{"toString":"x"},"text":"hi"}',
  )
  .map((json) => JSON.parse(json) as Record<string, unknown>);

/** Malformed variants of a valid payload: one field broken, dropped or joined by junk. */
function mutations(valid: unknown): fc.Arbitrary<unknown> {
  const base = (valid && typeof valid === 'object' ? valid : {}) as Record<string, unknown>;
  const fields = Object.keys(base);
  const field = fields.length ? fc.oneof(fc.constantFrom(...fields), key) : key;
  return fc.oneof(
    fc.tuple(field, fc.oneof(junk, huge, deep, wrongType)).map(([k, v]) => withField(base, k, v)),
    fields.length
      ? fc.constantFrom(...fields).map((k) => {
          const copy = { ...base };
          delete copy[k];
          return copy;
        })
      : fc.constant(null),
    pollution.map((p) => Object.assign(JSON.parse(JSON.stringify(base)) as object, p)),
    fc.oneof(junk, huge, deep, wrongType),
  );
}

function withField(base: Record<string, unknown>, k: string, v: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = JSON.parse(JSON.stringify(base));
  Object.defineProperty(copy, k, {
    value: v,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** What actually travels: socket.io sends JSON, so this is what the server parses. */
function wire(value: unknown): unknown {
  const text = JSON.stringify([value]);
  return (JSON.parse(text) as unknown[])[0];
}

let server: TestServer;
let room: Room;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  // This test sends thousands of commands from three sockets: its limits are not the subject.
  server = await startServer({
    deps: {
      rateLimits: {
        commandsPerSocket: { points: 100_000, seconds: 10 },
        commandsPerAddress: { points: 100_000, seconds: 10 },
      },
    },
  });
  room = await setUpRoom(server.url, 'Malformed');
});

afterAll(async () => {
  closeAll(room?.clients ?? []);
  await server?.close();
});

describe('malformed payloads', () => {
  const names = Object.keys(commandSchemas) as CommandName[];
  let fuzzed = 0;
  let handshakes = 0;
  afterAll(() => {
    console.log(
      `malformed payloads: ${fuzzed} payloads on ${names.length} commands and ${OTHER_EVENTS.length} other event names, ${handshakes} handshakes; ` +
        'every command refused with INVALID_PAYLOAD, no change, server still serving',
    );
  });

  it.each(names)(
    'L4 %s: every malformed payload is INVALID_PAYLOAD and changes nothing',
    async (name) => {
      const live = (await server.app.service.get(room.workshop.id))!;
      const valid = commandCases(room, 'fuzz')[name].payload;
      const senders = [room.facilitator, room.author, room.board];
      const malformed = mutations(valid)
        .map(wire)
        .filter((payload) => !commandSchemas[name].safeParse(payload).success);
      let n = 0;
      await fc.assert(
        fc.asyncProperty(malformed, async (payload) => {
          const before = live.state;
          const sender = senders[n++ % senders.length]!;
          const ack = await send(sender.socket, name, payload);
          fuzzed++;
          expect(ack).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
          expect(typeof (ack as { message: unknown }).message).toBe('string');
          expect(live.state).toBe(before); // not even a new object: nothing was applied
          expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { seed: SEED, numRuns: RUNS_PER_COMMAND, endOnFailure: true },
      );

      // Still serving: a valid post goes through and every screen is still connected.
      const id = `after-${name.replace(/\W/g, '-')}`;
      const posted = await send(room.author.socket, 'card:post', {
        id,
        text: `still here after ${name}`,
      });
      expect(posted.ok).toBe(true);
      for (const client of room.clients as TestClient[]) expect(client.socket.connected).toBe(true);
    },
    30_000,
  );

  it('L4 events that are not commands are ignored; the server keeps serving', async () => {
    const live = (await server.app.service.get(room.workshop.id))!;
    const before = live.state;
    const names = [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'admin:wipe',
      'card:post ',
      '',
    ];
    for (const name of names) {
      (room.author.socket.emit as (event: string, ...args: unknown[]) => void)(
        name,
        { text: 'x' },
        () => {},
      );
      fuzzed++;
    }
    const ack = await send(room.author.socket, 'card:post', {
      id: 'after-unknown',
      text: 'still serving',
    });
    expect(ack.ok).toBe(true);
    expect(live.state.seq).toBe(before.seq + 1);
    expect(room.author.socket.connected).toBe(true);
  });

  it('J4 malformed handshakes are refused with INVALID_PAYLOAD and join nobody', async () => {
    const live = (await server.app.service.get(room.workshop.id))!;
    const participants = live.state.participants.length;
    const auth = fc
      .oneof(
        junk,
        mutations({ role: 'participant', code: room.workshop.code, name: 'x' }),
        mutations({ role: 'facilitator', workshopId: room.workshop.id, token: 'x' }),
        mutations({ role: 'board', code: room.workshop.code }),
      )
      .map(wire)
      .filter((a) => a !== null && typeof a === 'object' && !Array.isArray(a))
      .filter((a) => !HandshakeAuthSchema.safeParse(a).success);
    await fc.assert(
      fc.asyncProperty(auth, async (a) => {
        const error = await connectError(server.url, a);
        handshakes++;
        expect(error.data?.code).toBe('INVALID_PAYLOAD');
      }),
      { seed: SEED, numRuns: 40, endOnFailure: true },
    );
    expect(live.state.participants).toHaveLength(participants);
  }, 30_000);
});
