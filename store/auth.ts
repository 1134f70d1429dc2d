import 'server-only';
/**
 * Accounts and sessions for the desk, by better-auth (passwords hashed with scrypt, sessions in the database):
 * email and password only, no sign-up (accounts come from `npm run user:add` or an admin in the desk), roles
 * editor and admin, disabling an account or setting its password ends its sessions at once. Cookies are httpOnly and SameSite=Lax, Secure
 * when the public address is https. The signing secret lives in the database, so every instance shares it.
 */
import { randomBytes } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { APIError, createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';
import { admin } from 'better-auth/plugins';
import { getMigrations } from 'better-auth/db/migration';
import { database, type Db } from './db';
import { PUBLIC_URL } from './origin';

import { MIN_PASSWORD_LENGTH, passwordProblem, ROLES, type Role } from '@/geo/account-rules';

export { MIN_PASSWORD_LENGTH, passwordProblem, ROLES, type Role };
/** A session lasts 12 hours, and is extended when used an hour or more after it was last extended. */
const SESSION_SECONDS = 12 * 60 * 60;


async function secret(db: Db): Promise<string> {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const row = await db.db.selectFrom('store_meta').select('value').where('key', '=', 'auth-secret').executeTakeFirst();
  if (row) return row.value;
  const made = randomBytes(32).toString('base64url');
  // Two instances starting at once: the first insert wins and both read it back.
  await db.db.insertInto('store_meta').values({ key: 'auth-secret', value: made }).onConflict((c) => c.column('key').doNothing()).execute();
  return (await db.db.selectFrom('store_meta').select('value').where('key', '=', 'auth-secret').executeTakeFirstOrThrow()).value;
}

/** Writes come from the app's own pages: the request's own origin (as the browser addressed it) is the trusted one. */
const ownOrigin = (request?: Request) => {
  if (PUBLIC_URL) return [new URL(PUBLIC_URL).origin];
  const host = request?.headers.get('host');
  if (!host) return [];
  const proto = request?.headers.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return [`${proto}://${host}`];
};

function createAuth(db: Db, signingSecret: string) {
  return betterAuth({
    telemetry: { enabled: false },
    ...(PUBLIC_URL ? { baseURL: PUBLIC_URL } : {}),
    secret: signingSecret,
    database: { db: db.db, type: db.kind, transaction: true },
    trustedOrigins: (request) => ownOrigin(request),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH },
    session: { expiresIn: SESSION_SECONDS, updateAge: 60 * 60 },
    // Sign-in failures are limited by the app (store/sign-in-limit.ts): better-auth's limiter counts successes too.
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: PUBLIC_URL?.startsWith('https://') ?? false,
      defaultCookieAttributes: { sameSite: 'lax', httpOnly: true },
    },
    plugins: [admin({ defaultRole: 'editor', adminRoles: ['admin'] })],
    hooks: {
      // The admin plugin checks only the longest password: the shortest (and blank ones) here, and the desk's roles.
      before: createAuthMiddleware(async (ctx) => {
        const body = (ctx.body ?? {}) as { password?: unknown; newPassword?: unknown; role?: unknown };
        if (ctx.path === '/admin/create-user' || ctx.path === '/admin/set-user-password') {
          const problem = passwordProblem(ctx.path === '/admin/create-user' ? body.password : body.newPassword);
          if (problem) throw new APIError('BAD_REQUEST', { message: problem });
        }
        if ((ctx.path === '/admin/create-user' || ctx.path === '/admin/set-role') && !ROLES.includes(body.role as Role)) {
          throw new APIError('BAD_REQUEST', { message: `The role must be one of ${ROLES.join(', ')}.` });
        }
        // A role set through update-user's data too; and never one's own: an admin who made themselves an editor (the
        // desk hides the choice, the API took it) could not undo it, and a desk whose only admin did had none.
        const data = (ctx.body as { data?: { role?: unknown } } | undefined)?.data;
        const settingRole = ctx.path === '/admin/set-role' || (ctx.path === '/admin/update-user' && data?.role !== undefined);
        if (ctx.path === '/admin/update-user' && settingRole && !ROLES.includes(data?.role as Role)) {
          throw new APIError('BAD_REQUEST', { message: `The role must be one of ${ROLES.join(', ')}.` });
        }
        if (settingRole) {
          const session = await getSessionFromCtx(ctx);
          if (session && (ctx.body as { userId?: unknown }).userId === session.user.id) {
            throw new APIError('BAD_REQUEST', { message: 'An admin cannot change their own role: another admin can.' });
          }
        }
      }),
      // A password set for someone may be set because the old one leaked: their open sessions end with it, whoever
      // calls the endpoint (the desk once ended them with a second call of its own, which an API client never made).
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/admin/set-user-password' || !ctx.context.returned || ctx.context.returned instanceof APIError) return;
        const { userId } = (ctx.body ?? {}) as { userId?: unknown };
        if (typeof userId === 'string') await ctx.context.internalAdapter.deleteUserSessions(userId);
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

const AUTH = Symbol.for('buildup-map.auth');
type Holder = { [AUTH]?: Promise<Auth> };

/** The process's better-auth, its tables created if missing (before the app's own migrations). */
export function getAuth(): Promise<Auth> {
  const holder = globalThis as Holder;
  holder[AUTH] ??= (async () => {
    const db = await database();
    const { ensureStoreTables } = await import('./migrate');
    await ensureStoreTables(db);
    const auth = createAuth(db, await secret(db));
    await (await getMigrations(auth.options)).runMigrations();
    return auth;
  })().catch((error) => {
    delete holder[AUTH];
    throw error;
  });
  return holder[AUTH];
}

export interface Editor { id: string; email: string; role: Role }

/** The signed-in editor of a request, or null (no session, an expired or revoked one, a disabled account). */
export async function editorOf(request: Request): Promise<Editor | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: request.headers });
  if (!session || (session.user as { banned?: boolean | null }).banned) return null;
  const role = (session.user as { role?: string | null }).role;
  return { id: session.user.id, email: session.user.email, role: role === 'admin' ? 'admin' : 'editor' };
}
