/**
 * npm run user:add -- --email E --role editor|admin [--name N]   (the password from standard input, one line)
 * Adds a desk account. Errors name what is wrong; the exit code is 0 only when the account was added.
 */
import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { getAuth, passwordProblem, ROLES } from '../store/auth';
import { closeDatabase } from '../store/db';

async function main() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string', default: 'editor' }, name: { type: 'string' } } });
  if (!values.email || !/^[^@\s]+@[^@\s]+$/.test(values.email)) throw new Error('--email must be an email address, e.g. --email editor@newsroom.example');
  if (!ROLES.includes(values.role as (typeof ROLES)[number])) throw new Error(`--role must be one of ${ROLES.join(', ')} (got ${JSON.stringify(values.role)})`);
  if (process.stdin.isTTY) process.stderr.write('Password (then Enter): ');
  const password = (await text(process.stdin)).split(/\r?\n/)[0] ?? '';
  const problem = passwordProblem(password);
  if (problem) throw new Error(`${problem} (got ${password.length} characters)`);
  const auth = await getAuth();
  const { user } = await auth.api.createUser({ body: { email: values.email, password, name: values.name ?? values.email, role: values.role as 'admin' } });
  console.log(`Added ${user.email} (${values.role}).`);
}

main().then(() => closeDatabase()).catch(async (error) => {
  const message = (error as { body?: { message?: string } }).body?.message ?? (error as Error).message;
  console.error(`user:add: ${message}`);
  await closeDatabase().catch(() => undefined);
  process.exit(1);
});
