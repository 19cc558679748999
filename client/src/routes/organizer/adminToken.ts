/** The admin token lives in sessionStorage: gone when the tab closes, never in localStorage. */
const KEY = 'otterboard:v1:adminToken';

export function loadAdminToken(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveAdminToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Without storage the token lives only in this page's memory.
  }
}
