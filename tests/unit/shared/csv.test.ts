// shared/csv: the separator and decimal mark of the reader's spreadsheet, with the formula guard on
// the cell as written (a negative decimal is still guarded after its point becomes a comma).
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../../shared/csv';

const EXCEL_IT = { sep: ';', decimal: ',' } as const;

describe('csvCell', () => {
  it.each([
    [0.5, '"0.5"', '"0,5"'],
    [-0.5, `"'-0.5"`, `"'-0,5"`],
    [9, '"9"', '"9"'],
    [-3, `"'-3"`, `"'-3"`],
    [1234.25, '"1234.25"', '"1234,25"'],
    ['0.5 of it', '"0.5 of it"', '"0.5 of it"'],
    ['=1+1', `"'=1+1"`, `"'=1+1"`],
    ['+39 02 1234', `"'+39 02 1234"`, `"'+39 02 1234"`],
    ['say "hi"; bye', '"say ""hi""; bye"', '"say ""hi""; bye"'],
    [null, '""', '""'],
  ])('writes %j as %s (comma CSV) and %s (Excel in Italian)', (value, comma, semicolon) => {
    expect(csvCell(value)).toBe(comma);
    expect(csvCell(value, EXCEL_IT)).toBe(semicolon);
  });
});

describe('csvRow', () => {
  it('joins by the separator and ends with CRLF', () => {
    expect(csvRow(['a', 1.5, null])).toBe('"a","1.5",""\r\n');
    expect(csvRow(['a', 1.5, null], EXCEL_IT)).toBe('"a";"1,5";""\r\n');
  });
});
