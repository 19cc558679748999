import type { BoardDisplay, CardKind, GroupSettings, Step, VotingSettings } from './model.js';
import type { Template } from './templates/template.js';

/** Imperative requests; `decide` turns them into events or refuses them. */
export type Command =
  | {
      type: 'workshop.create';
      workshopId: string;
      code: string;
      title: string;
      groupNames: string[];
      facilitatorTokenHash: string;
      anonymous?: boolean;
      /** Agenda, inspiration cards and starting themes to begin with. */
      template?: Template;
    }
  | {
      type: 'participant.join';
      name: string;
      groupId?: string;
      country?: string;
      tokenHash: string;
    }
  | {
      type: 'card.post';
      id?: string;
      text: string;
      kind?: CardKind;
      groupId?: string;
      country?: string;
      /** Where live placement put the card; set by the server, never by a client. */
      themeId?: string | null;
    }
  | { type: 'card.move'; cardId: string; themeId: string | null }
  | { type: 'theme.create'; id?: string; label: string; cardIds?: string[] }
  | { type: 'theme.rename'; themeId: string; label: string }
  | { type: 'theme.lock'; themeId: string; locked: boolean }
  | { type: 'theme.delete'; themeId: string }
  | { type: 'theme.merge'; themeIds: string[]; intoId: string; label?: string }
  | { type: 'theme.split'; themeId: string; cardIds: string[]; label: string; id?: string }
  | {
      type: 'themes.apply';
      suggestionId?: string;
      themes: { id: string; label: string; cardIds: string[] }[];
    }
  | { type: 'themes.undo'; suggestionId: string }
  | { type: 'workshop.update'; title?: string; anonymous?: boolean }
  | {
      type: 'groups.configure';
      mode?: GroupSettings['mode'];
      cap?: number | null;
      spreadCountries?: boolean;
    }
  | { type: 'group.add'; name: string }
  | { type: 'group.rename'; groupId: string; name: string }
  | { type: 'participant.move'; participantId: string; groupId: string }
  | { type: 'participant.remove'; participantId: string }
  | { type: 'card.edit'; cardId: string; text: string }
  | { type: 'card.hide'; cardId: string; hidden: boolean }
  | { type: 'card.delete'; cardId: string }
  | { type: 'agenda.set'; steps: StepInput[] }
  | { type: 'step.goto'; index: number }
  | { type: 'step.reveal' }
  | { type: 'timer.start'; durationSec?: number }
  | { type: 'timer.pause' }
  | { type: 'timer.resume' }
  | { type: 'timer.extend'; seconds: number }
  | { type: 'voting.open'; settings: VotingSettings }
  | { type: 'voting.close' }
  | { type: 'vote.cast'; targetId: string }
  | { type: 'vote.retract'; targetId: string }
  | { type: 'facilitator.createLink'; label: string; tokenHash: string }
  | { type: 'facilitator.revokeLink'; linkId: string }
  | {
      type: 'board.display';
      spotlight?: BoardDisplay['spotlight'];
      colorScheme?: BoardDisplay['colorScheme'];
    };

/** A step as a facilitator or a template describes it; missing fields get sensible defaults. */
export type StepInput = Partial<Step> & Pick<Step, 'title'>;

export type Actor =
  | { role: 'facilitator' }
  | { role: 'participant'; participantId: string }
  | { role: 'board' }
  /** The server itself, e.g. creating a workshop from the REST API or a template. */
  | { role: 'system' };

/** What decide needs from the world; passed in so decide stays pure. */
export interface DecideContext {
  now: string;
  newId: () => string;
}
