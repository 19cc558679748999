import type { PublicState } from './model.js';
import type { Snapshot } from './protocol.js';

/** The workshop state inside a snapshot, without the fields that describe the screen itself. */
export function stateOf(snapshot: Snapshot | PublicState): PublicState {
  const { role: _role, me: _me, linkId: _link, serverTime: _time, ...state } = snapshot as Snapshot;
  return state;
}
