import type { Actor, Command } from './commands.js';
import type { DecideContext } from './commands.js';
import type { Decision } from './decide.js';
import { fail } from './errorCodes.js';
import type { WorkshopEvent } from './events.js';
import type { PublicState, Theme } from './model.js';
import { isFrozen } from './themeOps.js';

type ThemeCommand = Extract<
  Command,
  { type: `theme.${string}` | `themes.${string}` | 'card.move' }
>;

/** Steering themes is the facilitator's alone (T1); each change is one event. */
export function decideThemes(
  state: PublicState,
  command: ThemeCommand,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  if (actor.role !== 'facilitator')
    return fail('FORBIDDEN', 'only the facilitator arranges themes');
  const at = ctx.now;
  const theme = (id: string) => state.themes.find((t) => t.id === id);
  const missingCards = (ids: string[]) => ids.filter((id) => !state.cards.some((c) => c.id === id));

  switch (command.type) {
    case 'card.move': {
      if (!state.cards.some((c) => c.id === command.cardId))
        return fail('NOT_FOUND', 'there is no such card');
      if (command.themeId && !theme(command.themeId))
        return fail('NOT_FOUND', 'there is no such theme');
      return ok({ type: 'card.moved', at, cardId: command.cardId, themeId: command.themeId });
    }
    case 'theme.create': {
      const id = command.id ?? ctx.newId();
      if (theme(id)) return fail('CONFLICT', 'a theme with this id exists');
      const cardIds = command.cardIds ?? [];
      if (missingCards(cardIds).length)
        return fail('NOT_FOUND', 'some of these cards do not exist');
      const created: Theme = { id, label: command.label, cardIds, locked: false, manual: true };
      return ok({ type: 'theme.created', at, theme: created });
    }
    case 'theme.rename':
      if (!theme(command.themeId)) return fail('NOT_FOUND', 'there is no such theme');
      return ok({ type: 'theme.renamed', at, themeId: command.themeId, label: command.label });
    case 'theme.lock':
      if (!theme(command.themeId)) return fail('NOT_FOUND', 'there is no such theme');
      return ok({ type: 'theme.locked', at, themeId: command.themeId, locked: command.locked });
    case 'theme.delete':
      if (!theme(command.themeId)) return fail('NOT_FOUND', 'there is no such theme');
      return ok({ type: 'theme.deleted', at, themeId: command.themeId });
    case 'theme.merge': {
      const into = theme(command.intoId);
      const ids = [...new Set(command.themeIds)];
      if (!into || ids.some((id) => !theme(id))) return fail('NOT_FOUND', 'there is no such theme');
      if (ids.filter((id) => id !== into.id).length === 0)
        return fail('INVALID_PAYLOAD', 'merge at least two themes');
      const label = command.label ?? into.label;
      return ok({ type: 'themes.merged', at, themeIds: ids, intoId: into.id, label });
    }
    case 'theme.split': {
      const source = theme(command.themeId);
      if (!source) return fail('NOT_FOUND', 'there is no such theme');
      if (command.cardIds.some((id) => !source.cardIds.includes(id))) {
        return fail('INVALID_PAYLOAD', 'split off only cards of this theme');
      }
      const id = command.id ?? ctx.newId();
      if (theme(id)) return fail('CONFLICT', 'a theme with this id exists');
      const newTheme: Theme = {
        id,
        label: command.label,
        cardIds: command.cardIds,
        locked: false,
        manual: true,
      };
      return ok({ type: 'theme.split', at, themeId: source.id, newTheme });
    }
    case 'themes.apply':
      return decideApply(state, command, ctx);
    case 'themes.undo':
      if (state.lastSuggestion?.id !== command.suggestionId) {
        return fail('CONFLICT', 'this suggestion can no longer be undone');
      }
      return ok({ type: 'suggestion.undone', at, suggestionId: command.suggestionId });
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}

/**
 * T3: accepting suggestions never touches what the facilitator decided: pinned cards, locked
 * themes and themes the facilitator created, renamed, merged or split stay as they are.
 */
function decideApply(
  state: PublicState,
  command: Extract<Command, { type: 'themes.apply' }>,
  ctx: DecideContext,
): Decision {
  const themes = new Map(state.themes.map((t) => [t.id, t]));
  const cards = new Map(state.cards.map((c) => [c.id, c]));
  const accepted: { id: string; label: string }[] = [];
  const cardThemes: Record<string, string | null> = {};
  for (const proposal of command.themes) {
    const existing = themes.get(proposal.id);
    if (existing && isFrozen(existing)) continue;
    let moved = 0;
    for (const cardId of proposal.cardIds) {
      const card = cards.get(cardId);
      if (!card || card.pinned || card.themeId === proposal.id) continue;
      const from = card.themeId ? themes.get(card.themeId) : undefined;
      if (from && isFrozen(from)) continue;
      cardThemes[cardId] = proposal.id;
      moved++;
    }
    if (existing ? existing.label !== proposal.label || moved > 0 : moved > 0) {
      accepted.push({ id: proposal.id, label: proposal.label });
    }
  }
  if (!accepted.length && !Object.keys(cardThemes).length) return { ok: true, events: [] };
  return ok({
    type: 'suggestion.applied',
    at: ctx.now,
    suggestionId: command.suggestionId ?? ctx.newId(),
    themes: accepted,
    cardThemes,
  });
}

function ok(event: WorkshopEvent): Decision {
  return { ok: true, events: [event] };
}
