/**
 * Join codes are typed on phones and read off a projector, so the alphabet leaves out
 * characters that look alike (0/O, 1/I/L) and codes are compared case-insensitively.
 */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/** Builds a code from random bytes (one byte per character); randomness comes from the caller. */
export function joinCodeFromBytes(bytes: ArrayLike<number>): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    code += JOIN_CODE_ALPHABET[(bytes[i] ?? 0) % JOIN_CODE_ALPHABET.length];
  }
  return code;
}

/** Uppercases and drops spaces and dashes, so "ab3-k7q" finds "AB3K7Q". */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isJoinCode(input: string): boolean {
  const code = normalizeJoinCode(input);
  if (code.length !== JOIN_CODE_LENGTH) return false;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return false;
  return true;
}
