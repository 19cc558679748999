import type { Step } from '../../../../shared/model.js';
import type { StepInput } from '../../../../shared/commands.js';
import { readJson, writeJson } from '../../storage/localJson.js';

/** A facilitator's own template, kept on this device: an agenda and group names. */
export interface SavedTemplate {
  id: string;
  name: string;
  savedAt: string;
  steps: StepInput[];
  groupNames: string[];
}

const KEY = 'otterboard:v1:templates';

export function loadTemplates(): SavedTemplate[] {
  const list = readJson<SavedTemplate[]>(KEY);
  return Array.isArray(list)
    ? list.filter((x) => x && typeof x.name === 'string' && Array.isArray(x.steps))
    : [];
}

/** Saves a template; one with the same name is replaced (newest first). */
export function saveTemplate(template: Omit<SavedTemplate, 'id'> & { id?: string }): SavedTemplate {
  const saved: SavedTemplate = { ...template, id: template.id ?? `t${Date.now().toString(36)}` };
  const others = loadTemplates().filter(
    (x) => x.id !== saved.id && x.name.trim().toLowerCase() !== saved.name.trim().toLowerCase(),
  );
  writeJson(KEY, [saved, ...others]);
  return saved;
}

export function deleteTemplate(id: string): void {
  writeJson(
    KEY,
    loadTemplates().filter((x) => x.id !== id),
  );
}

/**
 * Steps as a template keeps them: without ids, so each new session gets its own, and with
 * everything else a facilitator set.
 */
export function templateSteps(steps: readonly Step[]): StepInput[] {
  return steps.map(({ id: _id, ...rest }) => rest);
}
