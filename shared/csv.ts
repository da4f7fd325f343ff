// CSV that is safe to open in a spreadsheet: every field quoted, and a cell that would start a
// formula (=, +, -, @, tab, CR) gets a leading apostrophe (OWASP "CSV injection"). The separator and
// the decimal mark follow the reader's spreadsheet: "," and "." (English), or ";" and "," (Excel in
// most of continental Europe, which would otherwise put a whole row in column A).

export interface CsvStyle {
  sep: ',' | ';';
  decimal: '.' | ',';
}

export const COMMA_CSV: CsvStyle = { sep: ',', decimal: '.' };

export function csvCell(value: string | number | null | undefined, style: CsvStyle = COMMA_CSV): string {
  if (value === null || value === undefined) return '""';
  // Only numbers take the decimal mark: text (a comment saying "0.5") is the customer's own.
  let s = typeof value === 'number' && style.decimal === ',' ? String(value).replace('.', ',') : String(value);
  // After the decimal change, so "-0,5" is caught like "-0.5": the rule is on the cell as written.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export function csvRow(values: (string | number | null | undefined)[], style: CsvStyle = COMMA_CSV): string {
  return `${values.map((v) => csvCell(v, style)).join(style.sep)}\r\n`;
}
