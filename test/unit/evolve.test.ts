import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../shared/events.js';
import { publicEvent } from '../../shared/events.js';
import { evolve, replay } from '../../shared/evolve.js';
import { evolveSecrets } from '../../shared/evolveSecrets.js';

const at = '2026-11-27T10:00:00.000Z';
const log: StoredEvent[] = [
  {
    seq: 1,
    type: 'workshop.created',
    at,
    workshop: {
      id: 'w',
      code: 'ABC234',
      title: 'T',
      createdAt: at,
      anonymous: false,
      template: null,
    },
    groups: [{ id: 'g1', name: 'Table 1', color: '#000' }],
    facilitatorTokenHash: 'fh',
  },
  {
    seq: 2,
    type: 'participant.joined',
    at,
    participant: { id: 'p1', name: 'Ana', groupId: 'g1', joinedAt: at, country: null },
    tokenHash: 'ph',
  },
  {
    seq: 3,
    type: 'card.posted',
    at,
    card: {
      id: 'c1',
      text: 'hello',
      kind: 'finding',
      country: null,
      groupId: 'g1',
      authorId: 'p1',
      createdAt: at,
      themeId: null,
      pinned: false,
      hidden: false,
      editedAt: null,
    },
  },
];

describe('the log', () => {
  it('L1 folding the log gives the state, with seq of the last event', () => {
    const state = replay(log)!;
    expect(state.seq).toBe(3);
    expect(state.participants.map((p) => p.name)).toEqual(['Ana']);
    expect(state.cards.map((c) => c.text)).toEqual(['hello']);
  });

  it('L1 a gap in seq is refused when replaying', () => {
    expect(() => replay([log[0]!, log[2]!])).toThrow(/gap/);
  });

  it('L1 evolve never mutates the state it is given', () => {
    const before = replay(log.slice(0, 2))!;
    const cards = before.cards;
    const after = evolve(before, log[2]!);
    expect(before.cards).toBe(cards);
    expect(before.cards).toHaveLength(0);
    expect(after.cards).toHaveLength(1);
  });

  it('L5 public events and state carry no token hashes', () => {
    const published = log.map(publicEvent);
    expect(JSON.stringify(published)).not.toMatch(/fh|ph|Hash/);
    expect(JSON.stringify(replay(published))).not.toMatch(/Hash/);
  });

  it('L5 the secrets fold keeps the hashes that the public state leaves out', () => {
    let secrets = null;
    for (const e of log) secrets = evolveSecrets(secrets, e);
    expect(secrets!.facilitatorLinksByHash.get('fh')).toBe('main');
    expect(secrets!.participantsByTokenHash.get('ph')).toBe('p1');
  });
});
