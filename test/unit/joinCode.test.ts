import { describe, expect, it } from 'vitest';
import {
  JOIN_CODE_ALPHABET,
  isJoinCode,
  joinCodeFromBytes,
  normalizeJoinCode,
} from '../../shared/joinCode.js';

describe('join codes', () => {
  it('W2 the alphabet has no look-alike characters', () => {
    for (const ch of '01OIL') expect(JOIN_CODE_ALPHABET).not.toContain(ch);
  });

  it('W2 codes are 6 characters of the alphabet', () => {
    const code = joinCodeFromBytes([0, 30, 31, 255, 100, 7]);
    expect(code).toHaveLength(6);
    expect(isJoinCode(code)).toBe(true);
  });

  it('W2 codes compare case-insensitively, ignoring spaces and dashes', () => {
    expect(normalizeJoinCode('ab3-k7q')).toBe('AB3K7Q');
    expect(isJoinCode(' ab3 k7q ')).toBe(true);
    expect(isJoinCode('AB0K7Q')).toBe(false);
    expect(isJoinCode('AB3K7')).toBe(false);
  });
});
