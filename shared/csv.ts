// CSV that is safe to open in a spreadsheet: every field quoted, and a cell that would start a
// formula (=, +, -, @, tab, CR) gets a leading apostrophe (OWASP "CSV injection").

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '""';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export function csvRow(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
