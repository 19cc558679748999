import type { StepInput } from './commands.js';
import { CARD_KINDS, type Step } from './model.js';

/** Fills in what a step description leaves out. */
export function normalizeStep(input: StepInput, newId: () => string): Step {
  return {
    id: input.id ?? newId(),
    title: input.title,
    prompt: input.prompt ?? '',
    activity: input.activity ?? 'post',
    kinds: input.kinds?.length ? input.kinds : [...CARD_KINDS],
    posting: input.posting ?? true,
    visibility: input.visibility ?? 'all',
    durationSec: input.durationSec ?? null,
    voting: input.voting ?? null,
  };
}
