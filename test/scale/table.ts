/** The scale test's one table: each figure with its baseline from the same run, its target and PASS or MISS. */
export interface Row {
  figure: string;
  /** Without a measured value the row is a section heading. */
  measured?: string;
  baseline?: string;
  target?: string;
  result?: 'PASS' | 'MISS';
}

export function renderTable(rows: Row[]): string {
  const headers = ['figure', 'measured', 'baseline (same run)', 'target', 'result'];
  const cells = rows.map((r) => (r.measured === undefined ? null : [`  ${r.figure}`, r.measured, r.baseline ?? '', r.target ?? '', r.result ?? '']));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => (c ? c[i].length : 0))));
  const format = (c: string[]) => c.map((cell, i) => cell.padEnd(widths[i])).join(' | ').trimEnd();
  const out = [format(headers), widths.map((w) => '-'.repeat(w)).join('-+-')];
  rows.forEach((row, i) => out.push(cells[i] ? format(cells[i]!) : row.figure));
  return out.join('\n');
}

export const printTable = (rows: Row[]) => console.log(renderTable(rows));
