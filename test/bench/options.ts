/** `npm run bench [-- --quick] [-- --strict] [-- --skip-build] [-- --no-lighthouse] [-- --export-load]`, parsed once. */
export interface BenchOptions {
  /** One run of everything, no Lighthouse: for working on the bench itself. */
  quick: boolean;
  /** Exit non-zero when a target is missed. */
  strict: boolean;
  /** Serve the existing `.next` instead of running `npm run build` first. */
  skipBuild: boolean;
  /** Only the export-load rows (export-load.ts): the app server alone, no pages, Lighthouse or in-process renders. */
  exportLoadOnly: boolean;
  pageRuns: number;
  lighthouseRuns: number;
  exportRuns: number;
  apiSeconds: number;
}

const KNOWN = ['--quick', '--strict', '--skip-build', '--no-lighthouse', '--export-load', '--help'];

export function parseOptions(argv: string[]): BenchOptions {
  const unknown = argv.filter((a) => !KNOWN.includes(a));
  if (argv.includes('--help') || unknown.length) {
    if (unknown.length) console.error(`bench: unknown option ${unknown.join(' ')}`);
    console.error('usage: npm run bench [-- --quick] [-- --strict] [-- --skip-build] [-- --no-lighthouse] [-- --export-load]');
    process.exit(unknown.length ? 2 : 0);
  }
  const quick = argv.includes('--quick');
  return {
    quick,
    strict: argv.includes('--strict'),
    skipBuild: argv.includes('--skip-build'),
    exportLoadOnly: argv.includes('--export-load'),
    pageRuns: quick ? 1 : 5,
    lighthouseRuns: quick || argv.includes('--no-lighthouse') ? 0 : 3,
    exportRuns: quick ? 1 : 5,
    apiSeconds: 10,
  };
}
