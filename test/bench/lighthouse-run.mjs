// One Lighthouse pass, run by lighthouse.ts in a plain `node` process: Lighthouse sends functions to the page
// as source text, and under tsx's loader those carry helpers (`__name`) the page does not have.
// usage: node lighthouse-run.mjs URL mobile|desktop CHROMIUM_PATH FLAGS_JSON  → one JSON line on stdout
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const [url, preset, chromePath, flagsJson] = process.argv.slice(2);

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: JSON.parse(flagsJson), handleSIGINT: false, logLevel: 'silent' });
const stop = () => chrome.kill();
process.on('SIGTERM', () => { stop(); process.exit(143); });
try {
  const result = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error('Lighthouse returned no result');
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const ignored = new Set(['informative', 'manual', 'notApplicable']);
  const out = {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)])),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
    // The first paint Lighthouse saw in its own unthrottled load, from which its simulation starts: every request and
    // task before it counts towards the simulated LCP.
    observedFcpMs: lhr.audits.metrics?.details?.items?.[0]?.observedFirstContentfulPaint ?? null,
    // What keeps each category below 100: audits that count and did not fully pass.
    failing: Object.fromEntries(CATEGORIES.map((c) => [c, (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && !ignored.has(a.scoreDisplayMode))
      .map((a) => {
        // Outside performance, say what failed: the first items' element, message or address.
        const items = c === 'performance' ? [] : (a.details?.items ?? []).slice(0, 2)
          .map((i) => String(i.node?.snippet ?? i.description ?? i.source ?? i.url ?? '').slice(0, 120)).filter(Boolean);
        return `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}${items.length ? `: ${items.join(' | ')}` : ''}`;
      })])),
    // Where TBT and CLS come from: the scripts that cost most main-thread time, and the elements that shifted.
    bootup: (lhr.audits['bootup-time']?.details?.items ?? []).slice(0, 4)
      .map((i) => `${String(i.url).replace(/^https?:\/\/[^/]+/, '')} ${Math.round(i.total)} ms (script ${Math.round(i.scripting)} ms)`),
    shifts: (lhr.audits['layout-shifts']?.details?.items ?? []).slice(0, 3)
      .map((i) => `${i.node?.selector ?? i.node?.snippet ?? 'unknown'} ${Number(i.score).toFixed(3)}`),
    warnings: lhr.runWarnings,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
} finally {
  stop();
}
