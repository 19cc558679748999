import { readJson, writeJson } from './localJson.js';
import { storageKeys } from './keys.js';

/**
 * The facilitator's secret arrives in the URL fragment (never sent to a server). It is kept per
 * workshop on this device and removed from the address bar, so it does not end up in
 * screenshots, shared links or the browser history.
 */
export function takeFacilitatorToken(workshopId: string): string | null {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const fromUrl = fragment.get('token');
  if (fromUrl) {
    writeJson(storageKeys.facilitatorToken(workshopId), fromUrl);
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', pathname + search);
    return fromUrl;
  }
  return readJson<string>(storageKeys.facilitatorToken(workshopId));
}
