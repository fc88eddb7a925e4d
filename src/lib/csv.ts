/** UTF-8 byte-order mark: without it Excel opens Chinese CSV as mojibake. */
export const BYTE_ORDER_MARK = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

function escapeCell(cell: string): string {
  // A text cell starting like a formula would run in a spreadsheet; a leading apostrophe keeps it text.
  const safe = FORMULA_START.test(cell) && Number.isNaN(Number(cell)) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => row.map(escapeCell).join(',')).join('\r\n') + '\r\n';
}
