/**
 * The stock take report as a PDF, laid out with pdfmake (pure JavaScript, on pdfkit; tables with repeated
 * header rows and page breaks), so the server needs no browser. Fonts: Roboto, shipped inside the pdfmake
 * package (embedded, full Unicode: en dashes and curly quotes print as published). No URL or file outside
 * pdfmake's fonts may be read while rendering.
 */
import { dirname, join, resolve } from 'node:path';
import pdfmake from 'pdfmake';
import { DISPOSITION_LABEL, NO_OUTCOME, publishedLines, RAG_NAME, ragText, reportMeta, reportTitle, sourceLine } from './html';
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
  return {
    stack: [
      { text: f.printed, alignment: 'right' },
      ...(f.flags.length ? [{ text: f.flags.join(', '), style: 'flag', alignment: 'right' as const }] : []),
    ],
    fillColor: f.notAvailable || f.suppressed ? '#f0f0f0' : undefined,
  };
}

function figureTable(
  t: FigureTable,
  firstHeader: string,
  empty = 'No headline measure of this pathway has a figure for these years.',
): Content[] {
  if (!t.rows.length) return [{ text: empty, style: 'empty' }];
  const span = t.columns.length + t.comparatorColumns.length + 1;
  const body: TableCell[][] = [
    caption(`${t.number} ${t.title}`.trim(), span),
    [
      { text: firstHeader, style: 'th' },
      ...[...t.columns, ...t.comparatorColumns].map((c) => ({ text: c.label, style: 'th', alignment: 'right' as const })),
    ],
  ];
  for (const r of t.rows) {
    if (r.subheading)
      body.push([{ text: r.subheading, bold: true, colSpan: span, fillColor: '#f3f3f3' }, ...Array.from({ length: span - 1 }, () => ({}))]);
    body.push([
      { text: r.label },
      ...r.cells.map(figureCell),
      ...r.comparators.map((c) => ({ text: c ?? '–', alignment: 'right' as const, fontSize: 8 })),
    ]);
  }
  return [
    ...(t.stale ? [{ text: t.stale, style: 'stale' }] : []),
    {
      // The caption is the first header row: it repeats on each page and never sits alone at a page's foot.
      table: {
        headerRows: 2,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths: ['*', ...t.columns.map(() => 'auto'), ...t.comparatorColumns.map(() => 60)],
        body,
      },
      layout: 'lightHorizontalLines',
    },
    { text: sourceLine(t), style: 'source' },
    ...t.notes.map((n) => ({ text: n, style: 'definition' })),
  ];
}

function statusCell(g: GoalRow, r: StockTakeReport): TableCell {
  const stack: Content[] = [
    g.rag || g.outcome
      ? { text: ragText(g, r), bold: true, color: g.rag ? RAG_COLOUR[g.rag] : undefined }
      : { text: NO_OUTCOME, italics: true, color: '#444' },
    ...(g.comment ? [{ text: `Comment: ${g.comment}`, italics: true }] : []),
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

function goalsTable(rows: GoalRow[], title: string, r: StockTakeReport): Content[] {
  if (!rows.length) return [];
  return [
    {
      table: {
        headerRows: 2,
        keepWithHeaderRows: 1,
        // A goal, its lead agency and its update stay on one page (read together).
        dontBreakRows: true,
        widths: ['34%', '18%', '*'],
        body: [
          caption(title, 3),
          [
            { text: 'Goal', style: 'th' },
            { text: 'Lead Agency', style: 'th' },
            { text: 'Status / Update', style: 'th' },
          ],
          ...rows.map((g) => [{ text: g.text }, { text: g.leadAgency }, statusCell(g, r)]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
  ];
}

function key(r: StockTakeReport): Content[] {
  const p = r.published;
  if (!p) return [];
  return [
    { text: p.statusNote, margin: [0, 0, 0, 6] },
    {
      table: {
        headerRows: 2,
        widths: ['auto', 'auto'],
        body: [
          caption('Key', 2),
          [
            { text: 'Description', style: 'th' },
            { text: 'Status / Update', style: 'th' },
          ],
          ...p.statusKey.map((k) => [{ text: k.description }, { text: RAG_NAME[k.rag], bold: true, color: RAG_COLOUR[k.rag] }]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: `A goal with no colour recorded for ${r.year} says “${NO_OUTCOME}”.`, margin: [0, 4, 0, 6] },
  ];
}

export function documentDefinition(r: StockTakeReport): TDocumentDefinitions {
  const title = reportTitle(r);
  const own = r.published?.year === r.year;
  const content: Content[] = [
    { text: title, style: 'h1' },
    { text: reportMeta(r), style: 'meta' },
    ...publishedLines(r).map(([k, v]) => ({ text: [{ text: `${k}: `, bold: true }, v], margin: [0, 0, 0, 2] })),
    ...(own ? [{ text: r.published!.introduction, margin: [0, 6, 0, 0] }] : []),
  ];
  if (r.gaps.length) content.push({ text: 'Figures missing from this report', style: 'h2', color: '#a4000f' }, { ul: r.gaps });
  content.push({ text: 'Section 1', style: 'h2' });
  for (const t of r.reoffending) content.push(...figureTable(t, '', 'No figure.'));
  if (r.costEstimates) {
    content.push(
      { text: 'Cost of re-offending: estimates cited by the plan', style: 'h2' },
      {
        text: 'National estimates the plan quotes for context, each as published; they are not monitored figures of the partnership.',
        margin: [0, 0, 0, 4],
      },
      ...figureTable(r.costEstimates, 'Estimate'),
    );
  }
  const intro = r.published?.section2Introduction.length
    ? r.published.section2Introduction
    : [`Performance against the headline measures for ${r.previousYear} and ${r.year}, and the progress of each goal.`];
  content.push(
    { text: 'Section 2', style: 'h2', pageBreak: 'before' },
    ...intro.map((p) => ({ text: p, margin: [0, 0, 0, 4] })),
    {
      text: 'Figures are shown as published; a note under a figure says when it is approximate, not yet available (tbc) or withheld by disclosure control.',
      margin: [0, 0, 0, 6],
    },
    ...key(r),
  );
  for (const p of r.pathways) {
    content.push({ text: `${p.number} ${p.name}`, style: 'h3' }, ...figureTable(p.measures, 'Headline Measure'));
    if (p.goals.length)
      content.push(
        { text: 'Delivery against goals', style: 'h4' },
        ...goalsTable(p.goals, `${p.number} ${p.name}: delivery against goals`, r),
      );
  }
  if (r.goalUpdateFigures.length) {
    content.push(
      { text: 'Figures quoted in the goal updates', style: 'h2' },
      {
        text: 'Figures the lead agencies give in their updates on the goals, as published; they are not headline measures.',
        margin: [0, 0, 0, 4],
      },
    );
    for (const g of r.goalUpdateFigures) content.push({ text: g.title, style: 'h3' }, ...figureTable({ ...g.table, number: '' }, 'Figure'));
  }
  if (r.otherGoals.length) {
    content.push({ text: 'Other goals', style: 'h2' });
    for (const group of new Set(r.otherGoals.map((g) => g.group)))
      content.push(
        ...goalsTable(
          r.otherGoals.filter((g) => g.group === group),
          group,
          r,
        ),
      );
  }
  return {
    info: { title, subject: `Annual stock take ${r.year} of plan ${r.plan.id}`, creator: 'Partner-agency graph', producer: 'pdfmake' },
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    footer: (page: number, pages: number) => ({
      text: `${title} · ${r.year} · page ${page} of ${pages}`,
      alignment: 'center',
      fontSize: 8,
      color: '#555',
      margin: [0, 20, 0, 0],
    }),
    content,
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    styles: {
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, color: '#1d4f91', margin: [0, 14, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 12, 0, 4] },
      h4: { fontSize: 10, bold: true, margin: [0, 8, 0, 2] },
      meta: { color: '#444', margin: [0, 0, 0, 8] },
      caption: { bold: true, margin: [0, 8, 0, 3] },
      th: { bold: true, fillColor: '#e8eef6' },
      flag: { fontSize: 7, italics: true, color: '#444' },
      source: { fontSize: 8, color: '#333', margin: [0, 2, 0, 4] },
      definition: { fontSize: 8.5, margin: [0, 0, 0, 6] },
      stale: { bold: true, color: '#a4000f', margin: [0, 6, 0, 0] },
      empty: { italics: true, color: '#444' },
    },
  };
}

export async function renderPdf(r: StockTakeReport): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(documentDefinition(r)).getBuffer();
}
