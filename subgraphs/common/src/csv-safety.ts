/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that begins with `=`, `+`, `-`, `@`,
 * a tab or a carriage return as a formula. Text that may come from a user (a note, a printed figure, a measure
 * name, a publication, a column name echoed in an import's error report) is written with a leading single quote,
 * so the spreadsheet shows it as text; the CSV writer then quotes the cell as usual. Numbers are left alone: a
 * negative number is a value, not a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const escapeFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** escapeFormula for a cell of any type: only strings change. */
export const escapeFormulaCell = <T>(value: T): T | string => (typeof value === 'string' ? escapeFormula(value) : value);
