import { libraryPartnerships } from './libraryPartnerships.js';
import type { Template } from './template.js';

export type { Template } from './template.js';

/** The templates every Otterboard has built in, by id. */
export const BUILT_IN_TEMPLATES: Record<string, Template> = {
  [libraryPartnerships.id]: libraryPartnerships,
};
