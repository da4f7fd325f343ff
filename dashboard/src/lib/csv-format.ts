// Which CSV the export link asks for: the separator and decimal mark the person's spreadsheet expects.
// Excel in it/de/fr/es/pt/pl/nl splits on ";" and reads "0,5"; in English on "," with "0.5". The
// person's own choice (remembered in this browser) wins over the language's.
import { lang } from './i18n';

export type CsvFormat = 'semicolon' | 'comma';
const KEY = 'voce.csv';

export function csvFormat(): CsvFormat {
  try {
    const v = localStorage.getItem(KEY);
    if (v === 'semicolon' || v === 'comma') return v;
  } catch {
    // No storage: the language decides.
  }
  return lang() === 'en' ? 'comma' : 'semicolon';
}

export function setCsvFormat(f: CsvFormat): void {
  try {
    localStorage.setItem(KEY, f);
  } catch {
    // Private windows may refuse storage: the choice lasts until the page is closed.
  }
}

/** The export's query parameters for a format (none for the API's default comma CSV). */
export function csvParams(f: CsvFormat): Record<string, string> {
  return f === 'semicolon' ? { sep: 'semicolon', decimal: 'comma' } : {};
}
