/**
 * The stock take report as one standalone HTML page: semantic tables (caption, th scope), lang, inline CSS
 * with a print stylesheet, no script and no external asset, so it can be saved, mailed and printed as it is.
 * It follows the board's published progress report (headings, row labels, definitions, key, authors and data
 * dates come from the graph's plan); what the hub adds is said to be its own.
 */
import type { Figure, FigureTable, GoalRow, StockTakeReport } from './stock-take';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const RAG_NAME: Record<string, string> = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green' };
export const DISPOSITION_LABEL: Record<string, string> = {
  DISCHARGED: 'To be discharged',
  CARRIED_FORWARD: 'To be carried forward',
  AMENDED: 'To be amended',
};
export const NO_OUTCOME = 'No outcome recorded yet';

export const OUTCOME_LABEL: Record<string, string> = {
  ACHIEVED: 'Achieved',
  PARTLY_ACHIEVED: 'Partly achieved',
  NOT_ACHIEVED: 'Not achieved',
  CARRIED_FORWARD: 'Carried forward',
};

/**
 * The status line of a goal as recorded: its outcome and colour (with the key's meaning of the colour), or plainly
 * that nothing is recorded yet.
 */
export function ragText(g: GoalRow, r: StockTakeReport): string {
  if (!g.rag && !g.outcome) return NO_OUTCOME;
  const meaning = g.rag ? r.published?.statusKey.find((k) => k.rag === g.rag)?.description : undefined;
  const colour = g.rag ? (meaning ? `${RAG_NAME[g.rag]} (${meaning})` : RAG_NAME[g.rag]) : null;
  const text = [g.outcome ? `Outcome: ${OUTCOME_LABEL[g.outcome] ?? g.outcome}` : null, colour].filter(Boolean).join(' · ');
  return g.basis ? `${text}; ${g.basis}` : text;
}

/** The lines under the title: authors and the dates of the data, as the board published them. */
export function publishedLines(r: StockTakeReport): Array<[string, string]> {
  const p = r.published;
  if (!p) return [['Report authors', `not recorded for ${r.year}`]];
  if (p.year !== r.year) {
    return [
      ['Report authors', `not recorded for ${r.year}`],
      ['Report produced date', `not recorded for ${r.year}; the layout and key are those of the ${p.year} progress report`],
    ];
  }
  return [
    ['Report authors', p.authors.join(', ')],
    ['Report produced date', p.producedDate],
  ];
}

export const reportTitle = (r: StockTakeReport) =>
  r.published && r.published.year === r.year ? r.published.title : `${r.plan.title}: progress report ${r.year}`;
export const reportMeta = (r: StockTakeReport) =>
  `${r.plan.partnership} · plan ${r.plan.id} (${r.plan.periodLabel}) · annual stock take of the ${r.year} financial year · generated ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC from the partner-agency graph`;
export const sourceLine = (t: FigureTable) => `Source = ${t.sources.join('; ')}`;

function cell(f: Figure | null): string {
  if (!f) return '<td class="num none">–<span class="visually-hidden"> no figure</span></td>';
  const title = [f.note, ...f.flags].filter(Boolean).join('; ');
  return `<td class="num${f.notAvailable || f.suppressed ? ' flagged' : ''}"${title ? ` title="${escape(title)}"` : ''}>${escape(f.printed)}${
    f.flags.length ? `<span class="flag">${escape(f.flags.join(', '))}</span>` : ''
  }</td>`;
}

function table(t: FigureTable, firstHeader: string, empty = 'No headline measure of this pathway has a figure for these years.'): string {
  if (!t.rows.length) return `<p class="empty">${escape(empty)}</p>`;
  const span = t.columns.length + t.comparatorColumns.length + 1;
  return `${t.stale ? `<p class="stale" role="note"><strong>${escape(t.stale)}</strong></p>` : ''}<table>
  <caption>${escape(`${t.number} ${t.title}`.trim())}</caption>
  <thead><tr><th scope="col">${escape(firstHeader)}</th>${t.columns.map((c) => `<th scope="col" class="num">${escape(c.label)}</th>`).join('')}${t.comparatorColumns.map((c) => `<th scope="col" class="num comparator">${escape(c.label)}</th>`).join('')}</tr></thead>
  <tbody>
${t.rows
  .map(
    (r) =>
      `${r.subheading ? `    <tr class="subheading"><th scope="colgroup" colspan="${span}">${escape(r.subheading)}</th></tr>\n` : ''}    <tr><th scope="row">${escape(r.label)}</th>${r.cells.map(cell).join('')}${r.comparators.map((c) => `<td class="num comparator">${c ? escape(c) : '–'}</td>`).join('')}</tr>`,
  )
  .join('\n')}
  </tbody>
</table>
<p class="source">${escape(sourceLine(t))}</p>
${t.notes.map((n) => `<p class="definition">${escape(n)}</p>`).join('\n')}`;
}

function status(g: GoalRow, r: StockTakeReport): string {
  const parts: string[] = [];
  parts.push(`<p class="rag rag-${(g.rag ?? 'none').toLowerCase()}">${escape(ragText(g, r))}</p>`);
  if (g.comment) parts.push(`<p class="comment">Comment: ${escape(g.comment)}</p>`);
  if (g.update) parts.push(...g.update.split(/\n+/).map((p) => `<p>${escape(p)}</p>`));
  else parts.push('<p class="empty">No update given.</p>');
  if (g.disposition) {
    parts.push(
      `<p class="disposition"><strong>${escape(DISPOSITION_LABEL[g.disposition.disposition] ?? g.disposition.disposition)}</strong> (${escape(g.disposition.refresh)}, ${escape(g.disposition.date)})${
        g.disposition.newWording ? `: proposed wording “${escape(g.disposition.newWording)}”` : ''
      }</p>`,
    );
  }
  return parts.join('');
}

function goals(rows: GoalRow[], caption: string, r: StockTakeReport): string {
  if (!rows.length) return '';
  return `<table class="goals">
  <caption>${escape(caption)}</caption>
  <thead><tr><th scope="col">Goal</th><th scope="col">Lead Agency</th><th scope="col">Status / Update</th></tr></thead>
  <tbody>
${rows
  .map(
    (g) =>
      `    <tr><th scope="row">${g.text
        .split(/\n+/)
        .map((l) => escape(l))
        .join('<br>')}</th><td>${escape(g.leadAgency)}</td><td>${status(g, r)}</td></tr>`,
  )
  .join('\n')}
  </tbody>
</table>`;
}

function key(r: StockTakeReport): string {
  const p = r.published;
  if (!p) return '';
  return `<p>${escape(p.statusNote)}</p>
<table class="key">
  <caption>Key</caption>
  <thead><tr><th scope="col">Description</th><th scope="col">Status / Update</th></tr></thead>
  <tbody>
${p.statusKey.map((k) => `    <tr><th scope="row">${escape(k.description)}</th><td class="rag rag-${k.rag.toLowerCase()}">${escape(RAG_NAME[k.rag])}</td></tr>`).join('\n')}
  </tbody>
</table>
<p>A goal with no colour recorded for ${escape(r.year)} says “${NO_OUTCOME}”.</p>`;
}

const CSS = `
:root { color: #1b1b1b; background: #fff; font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; }
body { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid #1d4f91; } h3 { font-size: 1.1rem; } h4 { font-size: 1rem; }
.meta { color: #444; margin-top: 0; }
dl.published { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; } dl.published dt { font-weight: bold; } dl.published dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 .25rem; page-break-inside: auto; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; font-size: 1.05rem; }
th, td { border: 1px solid #767676; padding: .35rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #e8eef6; }
tbody th { font-weight: normal; }
tr.subheading th { font-weight: bold; background: #f3f3f3; }
.num { text-align: right; white-space: nowrap; }
.flag { display: block; font-size: .8rem; color: #444; font-style: italic; white-space: normal; }
.flagged { background: #f3f3f3; }
.source { font-size: .9rem; color: #333; margin-top: 0; }
.definition { font-size: .95rem; }
.stale { border-left: 4px solid #a4000f; padding: .25rem .5rem; color: #a4000f; }
.goals th[scope=row] { width: 40%; } .goals td:nth-child(2) { width: 15%; }
table.key { width: auto; }
.rag { font-weight: bold; margin: 0 0 .25rem; }
.rag-red { color: #a4000f; } .rag-amber { color: #7a4d00; } .rag-green { color: #00703c; } .rag-none { color: #444; font-weight: normal; font-style: italic; }
.disposition { border-top: 1px dashed #999; padding-top: .25rem; }
.empty { color: #444; font-style: italic; }
.gaps { border: 2px solid #a4000f; padding: .5rem 1rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print { body { max-width: none; padding: 0; font-size: 10pt; } h2, h3 { page-break-after: avoid; } tr { page-break-inside: avoid; } thead { display: table-header-group; } }
`;

export function renderHtml(r: StockTakeReport): string {
  const title = reportTitle(r);
  const own = r.published?.year === r.year;
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(`${title} (${r.year})`)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escape(title)}</h1>
<p class="meta">${escape(reportMeta(r))}</p>
<dl class="published">${publishedLines(r)
    .map(([k, v]) => `<dt>${escape(k)}:</dt><dd>${escape(v)}</dd>`)
    .join('')}</dl>
${own ? `<p>${escape(r.published!.introduction)}</p>` : ''}
</header>
<main>
${r.gaps.length ? `<section class="gaps" aria-labelledby="gaps"><h2 id="gaps">Figures missing from this report</h2><ul>${r.gaps.map((g) => `<li>${escape(g)}</li>`).join('')}</ul></section>` : ''}
<section aria-labelledby="s1">
<h2 id="s1">Section 1</h2>
${r.reoffending.length ? r.reoffending.map((t) => table(t, '', 'No figure.')).join('\n') : '<p class="empty">The plan has no basket of measures.</p>'}
</section>
${
  r.costEstimates
    ? `<section aria-labelledby="costs"><h2 id="costs">Cost of re-offending: estimates cited by the plan</h2>
<p>National estimates the plan quotes for context, each as published; they are not monitored figures of the partnership.</p>
${table(r.costEstimates, 'Estimate')}</section>`
    : ''
}
<section aria-labelledby="s2">
<h2 id="s2">Section 2</h2>
${(r.published?.section2Introduction.length ? r.published.section2Introduction : [`Performance against the headline measures for ${r.previousYear} and ${r.year}, and the progress of each goal.`]).map((p) => `<p>${escape(p)}</p>`).join('\n')}
<p>Figures are shown as published; a note under a figure says when it is approximate, not yet available (tbc) or withheld by disclosure control.</p>
${key(r)}
${r.pathways
  .map(
    (p) => `<section aria-labelledby="p${p.number}">
<h3 id="p${p.number}">${escape(`${p.number} ${p.name}`)}</h3>
${table(p.measures, 'Headline Measure')}
${p.goals.length ? `<h4>Delivery against goals</h4>\n${goals(p.goals, `${p.number} ${p.name}: delivery against goals`, r)}` : ''}
</section>`,
  )
  .join('\n')}
</section>
${
  r.goalUpdateFigures.length
    ? `<section aria-labelledby="s-updates"><h2 id="s-updates">Figures quoted in the goal updates</h2>
<p>Figures the lead agencies give in their updates on the goals, as published; they are not headline measures.</p>
${r.goalUpdateFigures.map((g) => `<h3>${escape(g.title)}</h3>\n${table({ ...g.table, number: '' }, 'Figure')}`).join('\n')}</section>`
    : ''
}
${
  r.otherGoals.length
    ? `<section aria-labelledby="s-other"><h2 id="s-other">Other goals</h2>${[...new Set(r.otherGoals.map((g) => g.group))]
        .map((group) =>
          goals(
            r.otherGoals.filter((g) => g.group === group),
            group,
            r,
          ),
        )
        .join('\n')}</section>`
    : ''
}
</main>
</body>
</html>
`;
}
