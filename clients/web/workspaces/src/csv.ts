/**
 * The CSV file as the data officer sees it: read in the browser (csv-parse's browser build, the same parser the
 * agency subgraph uses on the server), so the hub's errors, numbered by data row and named by column, can be shown
 * against the file's own rows and cells. Nothing is checked here: the hub checks every row and is the only judge.
 */
import { parse } from 'csv-parse/browser/esm/sync';

export interface CsvFile {
  header: string[];
  /** Data rows: rows[0] is data row 1 (line 2 of the file). */
  rows: string[][];
  /** Set when the browser could not read the file as CSV at all; the hub then says what is wrong. */
  unreadable?: string;
}

export function readCsv(text: string): CsvFile {
  try {
    const records = parse(text, { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
    return { header: records[0] ?? [], rows: records.slice(1) };
  } catch (e) {
    return { header: [], rows: [], unreadable: e instanceof Error ? e.message : String(e) };
  }
}

/** The columns of an import, as the agency subgraphs define them (…ImportObservations' description). */
export const TEMPLATE_COLUMNS = [
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
];

const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** A template for one measure: the header and one example row with the measure's id filled in. */
export function templateFor(measureId: string, unit: string, latest?: { area: string; period: string }): string {
  const example: Record<string, string> = {
    measure_id: measureId,
    area: latest?.area ?? 'kent',
    period: latest?.period ?? '2024-25',
    value: unit === 'PERCENTAGE' ? '22.5' : '100',
    numerator: unit === 'PERCENTAGE' ? '45' : '',
    denominator: unit === 'PERCENTAGE' ? '200' : '',
    printed: '',
    approximate: 'false',
    not_available: 'false',
    status: 'FINAL',
    note: '',
  };
  return `${TEMPLATE_COLUMNS.join(',')}\n${TEMPLATE_COLUMNS.map((c) => quote(example[c])).join(',')}\n`;
}

/** Saves text as a file through a temporary link (nothing leaves the browser). */
export function saveText(name: string, text: string, type = 'text/csv'): void {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** Reads a file with progress (a large file takes a moment). */
export function readFile(file: File, onProgress: (loaded: number, total: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.readAsText(file);
  });
}
