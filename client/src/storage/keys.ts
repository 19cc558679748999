/** Every localStorage key the app uses, in one place, versioned by prefix. */
const prefix = 'otterboard:v1';

export const storageKeys = {
  facilitatorToken: (workshopId: string) => `${prefix}:facilitator:${workshopId}`,
  participant: (code: string) => `${prefix}:participant:${code}`,
  outbox: (scope: string) => `${prefix}:outbox:${scope}`,
  draft: (scope: string) => `${prefix}:draft:${scope}`,
};
