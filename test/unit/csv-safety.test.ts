/** OWASP's CSV injection rule, for every character it names (the end-to-end test covers the export and the import). */
import { escapeFormula, escapeFormulaCell } from '@hub/common/platform';

test.each(['=1+2', '+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'])('%j is written with a leading quote', (text) => {
  expect(escapeFormula(text)).toBe(`'${text}`);
});

test.each(['22.41%', 'Approx. 97%', '', 'tbc', "'already quoted", 'a=b'])('%j is left as it is', (text) => {
  expect(escapeFormula(text)).toBe(text);
});

test('numbers (a negative value) and booleans are not text: left alone', () => {
  expect(escapeFormulaCell(-3.5)).toBe(-3.5);
  expect(escapeFormulaCell(true)).toBe(true);
  expect(escapeFormulaCell(null)).toBe(null);
  expect(escapeFormulaCell('-3.5')).toBe("'-3.5");
});
