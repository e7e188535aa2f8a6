/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends, and a field quoted (with inner
 * quotes doubled) only when it holds a comma, a quote or a line break, so spreadsheets and
 * `csv` readers agree on every cell.
 */

export type CsvCell = string | number | boolean | null;

/** One field, quoted when it has to be; null is an empty field. */
export function csvField(value: CsvCell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: the header line, then one line per row, each ended by CRLF. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
