/**
 * The stock take report as one standalone HTML page: semantic tables (caption, th scope), lang, inline CSS
 * with a print stylesheet, no script and no external asset, so it can be saved, mailed and printed as it is.
 */
import type { Figure, FigureTable, GoalRow, StockTakeReport } from './stock-take';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Flags of a figure in words (the printed text stays as published). */
export function figureFlags(f: Figure): string[] {
  const flags: string[] = [];
  if (f.approximate) flags.push('approximate');
  if (f.notAvailable) flags.push('not yet available');
  if (f.suppressed) flags.push('suppressed (disclosure control)');
  // FINAL is the normal case; provisional (e.g. year to date) and revised figures say so.
  if (f.status === 'PROVISIONAL') flags.push('provisional');
  if (f.status === 'REVISED') flags.push('revised');
  return flags;
}

export const RAG_LABEL: Record<string, string> = { RED: 'Red: not achieved', AMBER: 'Amber: partly achieved', GREEN: 'Green: achieved' };
export const DISPOSITION_LABEL: Record<string, string> = { DISCHARGED: 'To be discharged', CARRIED_FORWARD: 'To be carried forward', AMENDED: 'To be amended' };

/** The status line of a goal: its colour, or why there is none (e.g. not legible in the source). */
export function ragText(g: GoalRow): string {
  if (g.rag) return g.basis ? `${RAG_LABEL[g.rag]} (${g.basis})` : RAG_LABEL[g.rag];
  if (g.basis) return `RAG not recorded (${g.basis})`;
  return g.basisInKey ? 'RAG not recorded (see the status key)' : 'No status recorded for the year';
}

function cell(f: Figure | null): string {
  if (!f) return '<td class="num none">–<span class="visually-hidden"> no figure</span></td>';
  const flags = figureFlags(f);
  const title = [f.note, ...flags].filter(Boolean).join('; ');
  return `<td class="num${f.notAvailable || f.suppressed ? ' flagged' : ''}"${title ? ` title="${escape(title)}"` : ''}>${escape(f.printed)}${
    flags.length ? `<span class="flag">${escape(flags.join(', '))}</span>` : ''
  }</td>`;
}

function table(t: FigureTable, firstHeader: string): string {
  if (!t.rows.length) return `<p class="empty">No headline measure of this pathway has a figure for these years.</p>`;
  return `<table>
  <caption>${escape(`${t.number} ${t.title}`)}</caption>
  <thead><tr><th scope="col">${escape(firstHeader)}</th>${t.columns.map((c) => `<th scope="col" class="num">${escape(c.label)}</th>`).join('')}</tr></thead>
  <tbody>
${t.rows.map((r) => `    <tr><th scope="row">${escape(r.label)}</th>${r.cells.map(cell).join('')}</tr>`).join('\n')}
  </tbody>
</table>
<p class="source">Source: ${escape(t.sources.join('; '))}</p>`;
}

function status(g: GoalRow): string {
  const parts: string[] = [];
  parts.push(`<p class="rag rag-${(g.rag ?? 'none').toLowerCase()}">${escape(ragText(g))}</p>`);
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

function goals(rows: GoalRow[], caption: string): string {
  if (!rows.length) return '';
  return `<table class="goals">
  <caption>${escape(caption)}</caption>
  <thead><tr><th scope="col">Goal</th><th scope="col">Lead agency</th><th scope="col">Status / Update</th></tr></thead>
  <tbody>
${rows.map((g) => `    <tr><th scope="row">${g.text.split(/\n+/).map((l) => escape(l)).join('<br>')}</th><td>${escape(g.leadAgency)}</td><td>${status(g)}</td></tr>`).join('\n')}
  </tbody>
</table>`;
}

const CSS = `
:root { color: #1b1b1b; background: #fff; font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; }
body { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid #1d4f91; } h3 { font-size: 1.1rem; }
.meta { color: #444; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 .25rem; page-break-inside: auto; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; font-size: 1.05rem; }
th, td { border: 1px solid #767676; padding: .35rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #e8eef6; }
tbody th { font-weight: normal; }
.num { text-align: right; white-space: nowrap; }
.flag { display: block; font-size: .8rem; color: #444; font-style: italic; white-space: normal; }
.flagged { background: #f3f3f3; }
.source { font-size: .9rem; color: #333; margin-top: 0; }
.goals th[scope=row] { width: 40%; } .goals td:nth-child(2) { width: 15%; }
.rag { font-weight: bold; margin: 0 0 .25rem; }
.rag-red { color: #a4000f; } .rag-amber { color: #7a4d00; } .rag-green { color: #00703c; } .rag-none { color: #444; font-weight: normal; font-style: italic; }
.disposition { border-top: 1px dashed #999; padding-top: .25rem; }
.empty { color: #444; font-style: italic; }
.gaps { border: 2px solid #a4000f; padding: .5rem 1rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print { body { max-width: none; padding: 0; font-size: 10pt; } h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } thead { display: table-header-group; } }
`;

export function renderHtml(r: StockTakeReport): string {
  const title = `${r.plan.title}: progress report ${r.year}`;
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escape(title)}</h1>
<p class="meta">${escape(r.plan.partnership)} · plan ${escape(r.plan.id)} (${escape(r.plan.periodLabel)}) · annual stock take of the ${escape(r.year)} financial year · generated ${escape(r.generatedAt.slice(0, 16).replace('T', ' '))} UTC from the partner-agency graph</p>
</header>
<main>
${r.gaps.length ? `<section class="gaps" aria-labelledby="gaps"><h2 id="gaps">Figures missing from this report</h2><ul>${r.gaps.map((g) => `<li>${escape(g)}</li>`).join('')}</ul></section>` : ''}
<section aria-labelledby="s1">
<h2 id="s1">Section 1: Re-offending</h2>
${r.reoffending.length ? r.reoffending.map((t) => table(t, 'Measure')).join('\n') : '<p class="empty">The plan has no basket of measures.</p>'}
</section>
<section aria-labelledby="s2">
<h2 id="s2">Section 2: Pathways</h2>
<p>Performance against the headline measures for ${escape(r.previousYear)} and ${escape(r.year)}, and the progress of each goal. Figures are shown as published; a flag under a figure says when it is approximate, not yet available (tbc), provisional or withheld by disclosure control.</p>
${r.statusKey ? `<p class="key"><strong>Status key:</strong> ${escape(r.statusKey)}</p>` : ''}
${r.pathways
  .map(
    (p) => `<section aria-labelledby="p${p.number}">
<h3 id="p${p.number}">${escape(`${p.number} ${p.name}`)}</h3>
${table(p.measures, 'Headline measure')}
${goals(p.goals, `${p.number} ${p.name}: delivery against goals`)}
</section>`,
  )
  .join('\n')}
</section>
${r.otherGoals.length ? `<section aria-labelledby="s3"><h2 id="s3">Section 3: Other goals</h2>${[...new Set(r.otherGoals.map((g) => g.group))].map((group) => goals(r.otherGoals.filter((g) => g.group === group), group)).join('\n')}</section>` : ''}
</main>
</body>
</html>
`;
}
