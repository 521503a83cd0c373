import { CsvError, parse } from 'csv-parse/sync';
import { escapeFormula } from '../csv-safety';
import type { FigureField, FigureFields } from './figure-input';

/**
 * CSV import of figures (docs/DATA.md, "Recording and importing figures").
 *
 * Header (first line; any order; names are case-insensitive):
 *   measure_id,area,period,value,numerator,denominator,printed,approximate,not_available,status,note
 * plus, optionally: publication,publisher,published,location
 * measure_id, area, period and value must be present; the other columns may be left out. Empty cells mean "not
 * given". Numbers are plain (1234.5: no thousands separators, units or % signs); approximate and not_available
 * are true or false (empty = false); status is FINAL, PROVISIONAL or REVISED (empty = FINAL, or REVISED for a
 * correction of a published figure); printed defaults to the value formatted for the measure's unit.
 *
 * Rows are numbered from 1 = the first data row (the header is row 0); `line` is the line in the file.
 */
export const CSV_COLUMNS = [
  'measure_id',
  'area',
  'period',
  'value',
  'numerator',
  'denominator',
  'printed',
  'approximate',
  'not_available',
  'status',
  'note',
] as const;
export const CSV_OPTIONAL_COLUMNS = ['publication', 'publisher', 'published', 'location'] as const;
export const CSV_REQUIRED_COLUMNS = ['measure_id', 'area', 'period', 'value'] as const;

/** CSV column -> field of a figure (and back, to name the column of a problem). */
const FIELD_OF: Record<string, FigureField> = {
  measure_id: 'measureId',
  area: 'area',
  period: 'period',
  value: 'value',
  numerator: 'numerator',
  denominator: 'denominator',
  printed: 'printed',
  approximate: 'approximate',
  not_available: 'notAvailable',
  status: 'status',
  note: 'note',
  publication: 'publication',
  publisher: 'publisher',
  published: 'published',
  location: 'location',
};
const COLUMN_OF = Object.fromEntries(Object.entries(FIELD_OF).map(([c, f]) => [f, c])) as Record<FigureField, string>;

/** The CSV column a figure field is read from (reason comes from the import's own argument). */
export const csvColumn = (field: FigureField): string => COLUMN_OF[field] ?? field;

export interface CsvProblem {
  /** 1 = first data row; 0 = the header or the file as a whole. */
  row: number;
  /** Line of the file (1 = the header line); null when the problem is the file as a whole. */
  line: number | null;
  /** The column at fault; null when the problem is not one cell (CSV syntax, a row with the wrong number of cells). */
  column: string | null;
  message: string;
}

export interface CsvRow {
  row: number;
  line: number;
  fields: FigureFields;
  /** Columns whose cell was already reported as unreadable (their later checks would only repeat it). */
  badColumns: Set<string>;
}

/**
 * The records of a CSV file with no quoting and no carriage return (what spreadsheets and scripts write for
 * figures): one record per non-blank line, cells trimmed, `lines` = the line number, exactly as csv-parse reports
 * them with the options used below; several times faster on a large import. Null for any other file (csv-parse
 * then reads it, with its full syntax and error messages).
 */
function simpleRecords(csv: string): Array<{ record: string[]; info: { lines: number } }> | null {
  if (csv.includes('"') || csv.includes('\r')) return null;
  const text = csv.charCodeAt(0) === 0xfeff ? csv.slice(1) : csv;
  const out: Array<{ record: string[]; info: { lines: number } }> = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const record = line.split(',');
    for (let j = 0; j < record.length; j++) record[j] = record[j].trim();
    out.push({ record, info: { lines: i + 1 } });
  }
  return out;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Parses the CSV text into figure fields, one per data row; cell-level problems (types, header) are reported, not thrown. */
export function parseFiguresCsv(csv: string): { rows: CsvRow[]; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records =
      simpleRecords(csv) ??
      // csv-parse's types give string[][] whatever the options; with `info: true` each record comes with its line numbers
      (parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as unknown as typeof records);
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const line = (e as CsvError & { lines?: number }).lines ?? null;
    return { rows: [], problems: [{ row: 0, line, column: null, message: `the file is not valid CSV: ${e.message}` }] };
  }
  if (records.length === 0)
    return {
      rows: [],
      problems: [{ row: 0, line: null, column: null, message: 'the file is empty: it needs a header line and at least one data row' }],
    };

  const header = records[0].record.map((h) => h.trim().toLowerCase());
  const headerLine = records[0].info.lines;
  const known = new Set<string>([...CSV_COLUMNS, ...CSV_OPTIONAL_COLUMNS]);
  header.forEach((h, i) => {
    if (!known.has(h)) {
      // The header's text is echoed back: escaped, since the report may be saved as CSV and opened in a spreadsheet.
      problems.push({
        row: 0,
        line: headerLine,
        column: h ? escapeFormula(h) : `(column ${i + 1})`,
        message: `unknown column "${escapeFormula(h)}": the columns are ${[...CSV_COLUMNS, ...CSV_OPTIONAL_COLUMNS].join(', ')}`,
      });
    } else if (header.indexOf(h) !== i)
      problems.push({ row: 0, line: headerLine, column: escapeFormula(h), message: `column "${escapeFormula(h)}" appears twice` });
  });
  for (const c of CSV_REQUIRED_COLUMNS) {
    if (!header.includes(c)) problems.push({ row: 0, line: headerLine, column: c, message: `the header has no "${c}" column (required)` });
  }
  if (records.length === 1) problems.push({ row: 0, line: headerLine, column: null, message: 'the file has a header but no data rows' });
  if (problems.length) return { rows: [], problems };

  const rows: CsvRow[] = [];
  records.slice(1).forEach(({ record, info }, i) => {
    const row = i + 1;
    const line = info.lines;
    if (record.length !== header.length) {
      problems.push({ row, line, column: null, message: `the row has ${record.length} cells, the header ${header.length}` });
      return;
    }
    const fields: Record<string, unknown> = {};
    const badColumns = new Set<string>();
    const bad = (column: string, message: string) => {
      badColumns.add(column);
      problems.push({ row, line, column, message });
    };
    header.forEach((column, j) => {
      const cell = record[j];
      const field = FIELD_OF[column];
      if (cell === '') return;
      if (['value', 'numerator', 'denominator'].includes(column)) {
        if (NUMBER.test(cell)) fields[field] = Number(cell);
        else bad(column, `"${escapeFormula(cell)}" is not a number (write plain numbers: no thousands separators, units or % signs)`);
      } else if (['approximate', 'not_available'].includes(column)) {
        const b = cell.toLowerCase();
        if (b === 'true' || b === 'false') fields[field] = b === 'true';
        else bad(column, `"${escapeFormula(cell)}" is not true or false`);
      } else fields[field] = cell;
    });
    rows.push({ row, line, fields: fields as FigureFields, badColumns });
  });
  return { rows, problems };
}
