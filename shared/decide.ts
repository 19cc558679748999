import type { Actor, Command, DecideContext } from './commands.js';
import { decideSession } from './decideSession.js';
import { decideThemes } from './decideThemes.js';
import { fail, type Failure } from './errorCodes.js';
import type { WorkshopEvent } from './events.js';
import { groupColor } from './groupColors.js';
import type { Card, PublicState } from './model.js';
import { normalizeStep } from './normalizeStep.js';
import { groupSize, smallestGroup } from './smallestGroup.js';

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
    return decideCreate(command, ctx);
  }
  if (!state) return fail('NOT_FOUND', 'no such session');

  switch (command.type) {
    case 'participant.join':
      return decideJoin(state, command, ctx);
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
    default:
      return decideSession(state, command, actor, ctx);
  }
}

/** W1, W3: a session with its groups; a template adds its agenda, examples and starting themes. */
function decideCreate(
  command: Extract<Command, { type: 'workshop.create' }>,
  ctx: DecideContext,
): Decision {
  const at = ctx.now;
  const template = command.template;
  const events: WorkshopEvent[] = [
    {
      type: 'workshop.created',
      at,
      workshop: {
        id: command.workshopId,
        code: command.code,
        title: command.title,
        createdAt: at,
        anonymous: command.anonymous ?? false,
        template: template?.id ?? null,
      },
      groups: command.groupNames.map((name, i) => ({
        id: ctx.newId(),
        name,
        color: groupColor(i),
      })),
      facilitatorTokenHash: command.facilitatorTokenHash,
    },
  ];
  if (template) {
    events.push({
      type: 'agenda.set',
      at,
      steps: template.steps.map((s) => normalizeStep(s, ctx.newId)),
    });
    for (const example of template.examples) {
      events.push({
        type: 'card.posted',
        at,
        card: newCard(ctx, { text: example.text, kind: 'example', country: example.country }),
      });
    }
    for (const label of template.themes) {
      events.push({
        type: 'theme.created',
        at,
        theme: { id: ctx.newId(), label, cardIds: [], locked: false, manual: false },
      });
    }
  }
  return { ok: true, events };
}

/** J1, J2, G1: where a participant lands depends on the group mode and the cap. */
function decideJoin(
  state: PublicState,
  command: Extract<Command, { type: 'participant.join' }>,
  ctx: DecideContext,
): Decision {
  const settings = state.groupSettings;
  const country = command.country || null;
  let group;
  if (command.groupId && settings.mode === 'choose') {
    group = state.groups.find((g) => g.id === command.groupId);
    if (!group) return fail('NOT_FOUND', 'this session has no such group');
    if (settings.cap !== null && groupSize(state.participants, group.id) >= settings.cap) {
      return fail('CONFLICT', `${group.name} is full; choose another group`);
    }
  } else {
    group = smallestGroup(state.groups, state.participants, settings, country);
    if (!group) return fail('CONFLICT', 'every group is full; ask the facilitator for room');
  }
  return accept({
    type: 'participant.joined',
    at: ctx.now,
    participant: {
      id: ctx.newId(),
      name: command.name,
      groupId: group.id,
      joinedAt: ctx.now,
      country,
    },
    tokenHash: command.tokenHash,
  });
}

function decideCardPost(
  state: PublicState,
  command: Extract<Command, { type: 'card.post' }>,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  let groupId: string | null;
  let authorId: string | null;
  const step = state.agenda.steps[state.agenda.current];
  let kind = command.kind;
  if (actor.role === 'participant') {
    const me = state.participants.find((p) => p.id === actor.participantId);
    if (!me) return fail('FORBIDDEN', 'you are not a participant of this session');
    // C2: participants post only into their own group.
    if (command.groupId && command.groupId !== me.groupId) {
      return fail('FORBIDDEN', 'you can only post into your own group');
    }
    // A1: the current step decides whether and what participants post.
    if (step && !step.posting)
      return fail('PHASE_CLOSED', `posting is closed during "${step.title}"`);
    kind ??= step && !step.kinds.includes('finding') ? step.kinds[0] : 'finding';
    if (step && !step.kinds.includes(kind!)) {
      return fail('PHASE_CLOSED', `"${step.title}" takes ${step.kinds.join(' and ')} cards`);
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
    // C4: the same client id twice makes one card. A phone that lost its identity in a crash
    // comes back as a new participant and resends: the same text under the same id is still its card.
    const existing = state.cards.find((c) => c.id === command.id);
    if (existing) {
      const same =
        (existing.authorId === authorId && existing.groupId === groupId) ||
        existing.text === command.text;
      return same ? accept() : fail('CONFLICT', 'another card already has this id');
    }
  }
  const card = newCard(ctx, { ...command, kind: kind ?? 'finding', groupId, authorId });
  // T2: live placement (decided by the server) puts the card into an open theme, else Unsorted.
  const placed = command.themeId ? state.themes.find((t) => t.id === command.themeId) : undefined;
  if (placed && !placed.locked) card.themeId = placed.id;
  return accept({ type: 'card.posted', at: ctx.now, card });
}

function newCard(
  ctx: DecideContext,
  fields: Pick<Card, 'text' | 'kind'> &
    Partial<Pick<Card, 'id' | 'groupId' | 'authorId'>> & { country?: string | null },
): Card {
  return {
    id: fields.id ?? ctx.newId(),
    text: fields.text,
    kind: fields.kind,
    country: fields.country || null,
    groupId: fields.groupId ?? null,
    authorId: fields.authorId ?? null,
    createdAt: ctx.now,
    themeId: null,
    pinned: false,
    hidden: false,
    editedAt: null,
  };
}
