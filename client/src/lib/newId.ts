/**
 * A client-made id for a command, so a retried post makes one card. Uses getRandomValues
 * because crypto.randomUUID is missing on plain-http LAN addresses (not a secure context).
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
