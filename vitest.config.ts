import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: { include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 20_000 },
});
