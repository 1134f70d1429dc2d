// ESLint with Next's own configuration: core web vitals, TypeScript, and React's hooks rules (react-hooks).
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    // `const { footnote, ...claim } = numbered` is how a field is left out of a copy: the names left out are the point.
    rules: { '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }] },
  },
  {
    ignores: ['.next/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'test/bench/results/**', 'test/load/results/**', 'test/e2e/.runtime/**'],
  },
];

export default config;
