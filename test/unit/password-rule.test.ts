import { describe, expect, it } from 'vitest';
import { passwordProblem } from '@/store/auth';

describe('a new account’s password', () => {
  it('is refused when short or blank, with the reason', () => {
    expect(passwordProblem('short')).toBe('The password must be at least 12 characters long.');
    expect(passwordProblem(undefined)).toBe('The password must be at least 12 characters long.');
    expect(passwordProblem(' '.repeat(12))).toBe('The password must not be only spaces.');
    expect(passwordProblem('\t \n'.repeat(4))).toBe('The password must not be only spaces.');
  });

  it('is accepted at 12 characters, spaces inside included', () => {
    expect(passwordProblem('correct horse')).toBeNull();
  });
});
