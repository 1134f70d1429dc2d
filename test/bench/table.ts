/** A plain-text table with aligned columns, for the terminal and for pasting into an issue or a README. */
export interface Row {
  figure: string;
  /** One per value column; an empty list makes the row a section heading. */
  cells: string[];
  target?: string;
  result?: string;
}

/** The figure column and the target and result columns are left-aligned, values right-aligned. */
export function renderTable(valueHeaders: string[], rows: Row[]): string {
  const headers = ['figure', ...valueHeaders, 'target', 'result'];
  const lines = rows.map((r) => (r.cells.length ? [r.figure, ...r.cells, r.target ?? '', r.result ?? ''] : null));
  const widths = headers.map((h, i) => Math.max(h.length, ...lines.map((cells) => (cells ? cells[i].length : 0))));
  const last = headers.length - 1;
  const leftAligned = (i: number) => i === 0 || i >= last - 1;
  const format = (cells: string[]) =>
    cells.map((cell, i) => (leftAligned(i) ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  const out = [format(headers), rule];
  rows.forEach((row, i) => out.push(lines[i] ? format(lines[i]!) : `${row.figure}`));
  return out.join('\n');
}
