/** The bench's byte budgets, which CI's browser tests also hold (test/e2e/page-weight.spec.ts): sizes, not timings. */
export const KB = 1024;

/** The scripts a reader page's HTML names, gzip, besides the map engine. */
export const INITIAL_JS_GZIP = 150 * KB;
