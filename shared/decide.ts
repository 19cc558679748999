import type { Actor, Command, DecideContext } from './commands.js';
import { fail, type Failure } from './errorCodes.js';
import type { WorkshopEvent } from './events.js';
import { groupColor } from './groupColors.js';
import type { Card, PublicState } from './model.js';
import { decideThemes } from './decideThemes.js';
import { smallestGroup } from './smallestGroup.js';

export type Decision = { ok: true; events: WorkshopEvent[] } | Failure;

const accept = (...events: WorkshopEvent[]): Decision => ({ ok: true, events });

/**
 * The rules of a workshop: a command from an actor becomes events, or a typed refusal.
 * Pure: ids and time come from `ctx`. Rule ids refer to docs/rules.md.
 */
export function decide(
  state: PublicState | null,
  command: Command,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  if (command.type === 'workshop.create') {
    if (state) return fail('CONFLICT', 'this session already exists');
    if (actor.role !== 'system') return fail('FORBIDDEN', 'only the server creates sessions');
    return accept({
      type: 'workshop.created',
      at: ctx.now,
      workshop: {
        id: command.workshopId,
        code: command.code,
        title: command.title,
        createdAt: ctx.now,
      },
      groups: command.groupNames.map((name, i) => ({
        id: ctx.newId(),
        name,
        color: groupColor(i),
      })),
      facilitatorTokenHash: command.facilitatorTokenHash,
    });
  }
  if (!state) return fail('NOT_FOUND', 'no such session');

  switch (command.type) {
    case 'participant.join': {
      // J1: a participant without a chosen group goes to the smallest group.
      const group = command.groupId
        ? state.groups.find((g) => g.id === command.groupId)
        : smallestGroup(state.groups, state.participants);
      if (!group) return fail('NOT_FOUND', 'this session has no such group');
      return accept({
        type: 'participant.joined',
        at: ctx.now,
        participant: { id: ctx.newId(), name: command.name, groupId: group.id, joinedAt: ctx.now },
        tokenHash: command.tokenHash,
      });
    }
    case 'card.post':
      return decideCardPost(state, command, actor, ctx);
    case 'card.move':
    case 'theme.create':
    case 'theme.rename':
    case 'theme.lock':
    case 'theme.delete':
    case 'theme.merge':
    case 'theme.split':
    case 'themes.apply':
    case 'themes.undo':
      return decideThemes(state, command, actor, ctx);
    default: {
      const unknown: never = command;
      return fail('INVALID_PAYLOAD', `unknown command ${(unknown as Command).type}`);
    }
  }
}

function decideCardPost(
  state: PublicState,
  command: Extract<Command, { type: 'card.post' }>,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  let groupId: string | null;
  let authorId: string | null;
  if (actor.role === 'participant') {
    const me = state.participants.find((p) => p.id === actor.participantId);
    if (!me) return fail('FORBIDDEN', 'you are not a participant of this session');
    // C2: participants post only into their own group.
    if (command.groupId && command.groupId !== me.groupId) {
      return fail('FORBIDDEN', 'you can only post into your own group');
    }
    groupId = me.groupId;
    authorId = me.id;
  } else if (actor.role === 'facilitator') {
    if (command.groupId && !state.groups.some((g) => g.id === command.groupId)) {
      return fail('NOT_FOUND', 'this session has no such group');
    }
    groupId = command.groupId ?? null;
    authorId = null;
  } else {
    // C3: the board only shows.
    return fail('FORBIDDEN', 'a board cannot post cards');
  }

  if (command.id) {
    // C4: the same client id twice makes one card.
    const existing = state.cards.find((c) => c.id === command.id);
    if (existing) {
      return existing.authorId === authorId && existing.groupId === groupId
        ? accept()
        : fail('CONFLICT', 'another card already has this id');
    }
  }
  const card: Card = {
    id: command.id ?? ctx.newId(),
    text: command.text,
    kind: command.kind ?? 'finding',
    country: command.country || null,
    groupId,
    authorId,
    createdAt: ctx.now,
    themeId: null,
    pinned: false,
  };
  // T2: live placement (decided by the server) puts the card into an open theme, else Unsorted.
  const placed = command.themeId ? state.themes.find((t) => t.id === command.themeId) : undefined;
  if (placed && !placed.locked) card.themeId = placed.id;
  return accept({ type: 'card.posted', at: ctx.now, card });
}
