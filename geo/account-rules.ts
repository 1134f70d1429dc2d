/** The desk's accounts: their roles and what a password must be. Shared by the server (store/auth.ts) and the desk's form. */
export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const MIN_PASSWORD_LENGTH = 12;

/** Why a new account's password is refused, or null: too short, or made of spaces (twelve of them were accepted). */
export function passwordProblem(password: unknown): string | null {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`;
  if (password.trim() === '') return 'The password must not be only spaces.';
  return null;
}
