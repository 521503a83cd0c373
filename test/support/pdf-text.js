/**
 * node test/support/pdf-text.js <file.pdf>: prints the text of a PDF (pdf-parse, on Mozilla's pdf.js).
 * Run as a child process by the tests: pdf.js sets up its worker with a dynamic import, which jest refuses.
 */
(async () => {
  const { readFileSync } = await import('node:fs');
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(process.argv[2])) });
  try {
    process.stdout.write((await parser.getText()).text);
  } finally {
    await parser.destroy();
  }
})().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
