/** UTF-8 byte-order mark: lets spreadsheet software in Japan detect UTF-8 instead of assuming Shift_JIS. */
export const UTF8_BOM = '\uFEFF';

function cell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote every cell that needs it (RFC 4180), and neutralise spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with CRLF line ends and a BOM, for download by ISA staff. */
export function toCsv(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return UTF8_BOM + [headers, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
