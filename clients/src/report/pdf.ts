/**
 * The stock take report as a PDF, laid out with pdfmake (pure JavaScript, on pdfkit; tables with repeated
 * header rows and page breaks), so the server needs no browser. Fonts: Roboto, shipped inside the pdfmake
 * package (embedded, full Unicode: en dashes and curly quotes print as published). No URL or file outside
 * pdfmake's fonts may be read while rendering.
 */
import { dirname, join, resolve } from 'node:path';
import pdfmake from 'pdfmake';
import { DISPOSITION_LABEL, figureFlags, RAG_LABEL, ragText } from './html';
import type { Figure, FigureTable, GoalRow, StockTakeReport } from './stock-take';

/** pdfmake's document definition nodes (https://pdfmake.github.io/docs/0.3/document-definition-object/). */
type Content = string | { [key: string]: unknown };
type TableCell = Content;
type TDocumentDefinitions = { content: Content[]; [key: string]: unknown };

const FONTS_DIR = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
let configured = false;
function configure(): void {
  if (configured) return;
  pdfmake.setFonts({
    Roboto: {
      normal: join(FONTS_DIR, 'Roboto-Regular.ttf'),
      bold: join(FONTS_DIR, 'Roboto-Medium.ttf'),
      italics: join(FONTS_DIR, 'Roboto-Italic.ttf'),
      bolditalics: join(FONTS_DIR, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(FONTS_DIR));
  configured = true;
}

const RAG_COLOUR: Record<string, string> = { RED: '#a4000f', AMBER: '#7a4d00', GREEN: '#00703c' };

/** A header row holding the table's caption across all columns (pdfmake wants the spanned cells present). */
const caption = (text: string, columns: number): TableCell[] => [
  { text, style: 'caption', colSpan: columns, border: [false, false, false, false] },
  ...Array.from({ length: columns - 1 }, () => ({})),
];

function figureCell(f: Figure | null): TableCell {
  if (!f) return { text: '–', alignment: 'right', color: '#555' };
  const flags = figureFlags(f);
  return {
    stack: [{ text: f.printed, alignment: 'right' }, ...(flags.length ? [{ text: flags.join(', '), style: 'flag', alignment: 'right' as const }] : [])],
    fillColor: f.notAvailable || f.suppressed ? '#f0f0f0' : undefined,
  };
}

function figureTable(t: FigureTable, firstHeader: string): Content[] {
  if (!t.rows.length) return [{ text: 'No headline measure of this pathway has a figure for these years.', style: 'empty' }];
  return [
    {
      table: {
        // The caption is the first header row: it repeats on each page and never sits alone at a page's foot.
        headerRows: 2,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths: ['*', ...t.columns.map(() => 'auto')],
        body: [
          caption(`${t.number} ${t.title}`, t.columns.length + 1),
          [{ text: firstHeader, style: 'th' }, ...t.columns.map((c) => ({ text: c.label, style: 'th', alignment: 'right' as const }))],
          ...t.rows.map((r) => [{ text: r.label }, ...r.cells.map(figureCell)]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: `Source: ${t.sources.join('; ')}`, style: 'source' },
  ];
}

function statusCell(g: GoalRow): TableCell {
  const stack: Content[] = [
    g.rag ? { text: RAG_LABEL[g.rag], bold: true, color: RAG_COLOUR[g.rag] } : { text: ragText(g), italics: true, color: '#444', fontSize: 7.5 },
    g.update ? { text: g.update } : { text: 'No update given.', italics: true, color: '#444' },
  ];
  if (g.disposition) {
    stack.push({
      text: [
        { text: DISPOSITION_LABEL[g.disposition.disposition] ?? g.disposition.disposition, bold: true },
        ` (${g.disposition.refresh}, ${g.disposition.date})`,
        g.disposition.newWording ? `: proposed wording “${g.disposition.newWording}”` : '',
      ],
      margin: [0, 4, 0, 0],
    });
  }
  return { stack };
}

function goalsTable(rows: GoalRow[], title: string): Content[] {
  if (!rows.length) return [];
  return [
    {
      table: {
        headerRows: 2,
        keepWithHeaderRows: 1,
        // A goal, its lead agency and its update stay on one page (read together, and extracted together).
        dontBreakRows: true,
        widths: ['34%', '18%', '*'],
        body: [
          caption(title, 3),
          [{ text: 'Goal', style: 'th' }, { text: 'Lead agency', style: 'th' }, { text: 'Status / Update', style: 'th' }],
          ...rows.map((g) => [{ text: g.text }, { text: g.leadAgency }, statusCell(g)]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
  ];
}

export function documentDefinition(r: StockTakeReport): TDocumentDefinitions {
  const title = `${r.plan.title}: progress report ${r.year}`;
  const content: Content[] = [
    { text: title, style: 'h1' },
    {
      text: `${r.plan.partnership} · plan ${r.plan.id} (${r.plan.periodLabel}) · annual stock take of the ${r.year} financial year · generated ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC from the partner-agency graph`,
      style: 'meta',
    },
  ];
  if (r.gaps.length) content.push({ text: 'Figures missing from this report', style: 'h2', color: '#a4000f' }, { ul: r.gaps });
  content.push({ text: 'Section 1: Re-offending', style: 'h2' });
  for (const t of r.reoffending) content.push(...figureTable(t, 'Measure'));
  content.push(
    { text: 'Section 2: Pathways', style: 'h2', pageBreak: 'before' },
    {
      text: `Performance against the headline measures for ${r.previousYear} and ${r.year}, and the progress of each goal. Figures are shown as published; a flag under a figure says when it is approximate, not yet available (tbc), provisional or withheld by disclosure control.`,
      margin: [0, 0, 0, 6],
    },
  );
  if (r.statusKey) content.push({ text: [{ text: 'Status key: ', bold: true }, r.statusKey], margin: [0, 0, 0, 6] });
  for (const p of r.pathways) {
    content.push({ text: `${p.number} ${p.name}`, style: 'h3' }, ...figureTable(p.measures, 'Headline measure'), ...goalsTable(p.goals, `${p.number} ${p.name}: delivery against goals`));
  }
  if (r.otherGoals.length) {
    content.push({ text: 'Section 3: Other goals', style: 'h2' });
    for (const group of new Set(r.otherGoals.map((g) => g.group))) content.push(...goalsTable(r.otherGoals.filter((g) => g.group === group), group));
  }
  return {
    info: { title, subject: `Annual stock take ${r.year} of plan ${r.plan.id}`, creator: 'Partner-agency graph', producer: 'pdfmake' },
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    footer: (page: number, pages: number) => ({ text: `${r.plan.title}: progress report ${r.year} · page ${page} of ${pages}`, alignment: 'center', fontSize: 8, color: '#555', margin: [0, 20, 0, 0] }),
    content,
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    styles: {
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, color: '#1d4f91', margin: [0, 14, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 12, 0, 4] },
      meta: { color: '#444', margin: [0, 0, 0, 8] },
      caption: { bold: true, margin: [0, 8, 0, 3] },
      th: { bold: true, fillColor: '#e8eef6' },
      flag: { fontSize: 7, italics: true, color: '#444' },
      source: { fontSize: 8, color: '#333', margin: [0, 2, 0, 6] },
      empty: { italics: true, color: '#444' },
    },
  };
}

export async function renderPdf(r: StockTakeReport): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(documentDefinition(r)).getBuffer();
}
