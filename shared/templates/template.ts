import type { StepInput } from '../commands.js';

/** What a session can start from: an agenda, inspiration cards and starting themes. */
export interface Template {
  id: string;
  name: string;
  description: string;
  groupNames?: string[];
  steps: StepInput[];
  /** Posted by the facilitator as examples, tagged with their countries. */
  examples: { text: string; country: string | null }[];
  /** Headings offered as starting themes. */
  themes: string[];
}
