import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '../../server/accounts/passwords';

describe('passwords', () => {
  it('a burst of sign-ins queues for the hash and every one gets its own answer', async () => {
    const stored = await hashPassword('burst-of-sign-ins');
    const tries = [
      'burst-of-sign-ins',
      'wrong-password-1',
      'burst-of-sign-ins',
      'wrong-password-2',
      'burst-of-sign-ins',
    ];
    expect(await Promise.all(tries.map((password) => verifyPassword(password, stored)))).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
  });

  it('keeps only scrypt with its parameters, never the password', async () => {
    const stored = await hashPassword('a password of 22 chars');
    expect(stored).toMatch(/^scrypt\$17\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(stored).not.toContain('a password');
  });

  it('asks for at least 12 characters, counted as a person counts them', () => {
    expect(passwordProblem('eleven-char')).toBe('the password must be at least 12 characters');
    expect(passwordProblem('十二个汉字的密码是可以的好')).toBeUndefined();
  });
});
