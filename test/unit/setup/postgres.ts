/**
 * vitest's global setup: one PostgreSQL server for the whole unit run (test/support/postgres.ts), its address handed
 * to the tests as `inject('postgresUrl')`; each test file makes its own database on it. Stopped when the run ends.
 * Without PostgreSQL installed the address is an error message, and the store's PostgreSQL tests fail with it.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../support/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** The run's own data folder (vitest.config.mts names it by this process's id): removed at the end. */
const runDataDir = path.join(os.tmpdir(), `buildup-vitest-${process.pid}`);

export default async function setup(project: TestProject) {
  const removeData = () => rmSync(runDataDir, { recursive: true, force: true });
  try {
    const server = await startPostgres();
    project.provide('postgresUrl', server.url);
    return async () => {
      await server.stop();
      removeData();
    };
  } catch (error) {
    project.provide('postgresUrl', `error: ${(error as Error).message}`);
    return removeData;
  }
}
