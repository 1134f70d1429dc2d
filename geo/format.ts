/**
 * Numbers and dates as a reader writes them, for the page, the presenter and every export alike. Written without
 * Intl: every machine produces the same bytes, and `toLocaleString('en-US')` builds a formatter per call, which
 * cost the dashboard's hydration about 20 ms for a few dozen figures and dates.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 175000 → "175,000"; 1234.5 → "1,234.5"; -27032 → "-27,032". */
export function formatNumber(value: number): string {
  const [whole, fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** "2021-12-06" → "6 December 2021". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * Words in quotation marks, unless they open with their own: many quotes are an outlet's report of someone's words,
 * quotation marks and all (“There’s close to 100,000 troops…,” Carpenter said), and marks around them read ““.
 * The words themselves are never changed.
 */
export function quoted(text: string): string {
  if (/^["“‘'«„]/.test(text)) return text;
  // Words that hold double marks of their own go in single ones, so that the outer closing mark is not read as
  // closing the inner quotation (a report's “As we meet today, …, not closed within the stored words). The words
  // keep every mark as stored: they are a quote (../shared/sources/timeline.md), and made single, the inner marks
  // were not.
  return /["“”]/.test(text) ? `‘${text}’` : `“${text}”`;
}

/** Text cut to at most `max` characters at a word's end, with "…" where it was cut. */
export function shortened(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('').replace(/\s+\S*$/, '').trimEnd()}…`;
}
