import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // Tests are server code: the marker that keeps server modules out of client bundles is a no-op here.
      'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: { include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 20_000, globalSetup: ['test/unit/setup/postgres.ts'],
    // A store of the run's own (route tests read it), never the repository's data folder.
    env: { BUILDUP_DATA_DIR: path.join(os.tmpdir(), `buildup-vitest-${process.pid}`) },
  },
});
